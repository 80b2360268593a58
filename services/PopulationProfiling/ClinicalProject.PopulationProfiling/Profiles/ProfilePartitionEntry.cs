namespace ClinicalProject.PopulationProfiling.Profiles;

/// <summary>One partition of a profile job (one indicator): done once its figures are stored.</summary>
public sealed class ProfilePartitionEntry
{
    public Guid JobId { get; init; }

    public int Partition { get; init; }

    public required string IndicatorCode { get; init; }

    public bool Done { get; set; }

    /// <summary>Which replica stored it (its machine name), for operators watching the work spread.</summary>
    public string? ComputedBy { get; set; }

    public DateTime? CompletedAtUtc { get; set; }
}
