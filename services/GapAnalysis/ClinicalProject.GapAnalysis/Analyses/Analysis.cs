namespace ClinicalProject.GapAnalysis.Analyses;

/// <summary>
/// A stored analysis: the versions of everything it read (so it can be reproduced), the parameters it ran with,
/// and (in <see cref="GapEntry"/> and <see cref="AccessScoreEntry"/>) its gaps and access scores. Immutable.
/// </summary>
public sealed class Analysis
{
    public Guid Id { get; init; }

    /// <summary>Increases with every analysis stored.</summary>
    public long Version { get; init; }

    /// <summary>events (a debounced burst of input events) or request (a planner's POST).</summary>
    public required string Trigger { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public Guid ProfileId { get; init; }

    public long ProfileVersion { get; init; }

    public required string HierarchyVersion { get; init; }

    public required string PopulationDatasetVersion { get; init; }

    public required string PopulationContentHash { get; init; }

    public string? DeprivationVersion { get; init; }

    public int Period { get; init; }

    public string? ProjectionVersion { get; init; }

    public int? ProjectedPeriod { get; init; }

    /// <summary>The inventory snapshot's version (a hash of every resource id and version it held).</summary>
    public required string InventoryVersion { get; init; }

    /// <summary>The travel-time matrix used, or null for great-circle costs.</summary>
    public string? TravelTimeMatrixVersion { get; init; }

    /// <summary>The parameters (method, catchment, speed, levels, per-program settings) as JSON.</summary>
    public required string Parameters { get; init; }

    /// <summary>Every input resource read, with its version, as JSON (inventory kinds and ids).</summary>
    public required string InputVersions { get; init; }

    /// <summary>The inputs themselves, gzipped JSON: what-if scenarios recompute from exactly these.</summary>
    public required byte[] InputSnapshot { get; init; }

    /// <summary>Counts and notes of the run (areas without centroid, sites without coordinates …) as JSON.</summary>
    public required string Summary { get; init; }

    public required string Programs { get; init; }

    public int GapCount { get; init; }
}
