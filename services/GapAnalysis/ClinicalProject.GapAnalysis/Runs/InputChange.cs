namespace ClinicalProject.GapAnalysis.Runs;

/// <summary>
/// An input event received (a profile computed, the inventory changed), kept until an analysis has read past it:
/// a run started by the debounce consumes every pending change, and one that survives a restart is picked up again.
/// </summary>
public sealed class InputChange
{
    public long Id { get; set; }

    /// <summary>profile or inventory.</summary>
    public required string Source { get; init; }

    /// <summary>The profile's id, or the inventory change's resource count.</summary>
    public required string Reference { get; init; }

    public DateTime ReceivedAtUtc { get; init; }

    public Guid? ConsumedBy { get; set; }
}
