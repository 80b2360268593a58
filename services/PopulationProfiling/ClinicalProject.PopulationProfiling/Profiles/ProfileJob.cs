namespace ClinicalProject.PopulationProfiling.Profiles;

/// <summary>
/// A profile computation and, once it has succeeded, the profile it stored (versioned by <see cref="Sequence"/>).
/// Split into one partition per indicator, each a <c>ComputeProfilePartition</c> command on the work queue.
/// </summary>
public sealed class ProfileJob
{
    public Guid Id { get; init; }

    /// <summary>The profile version: increases with every job the service accepts.</summary>
    public long Sequence { get; init; }

    public required string HierarchyVersion { get; init; }

    public Guid PopulationDatasetId { get; init; }

    public required string PopulationDatasetVersion { get; init; }

    /// <summary>The numerator/event datasets used, comma-separated ids.</summary>
    public required string NumeratorDatasetIds { get; init; }

    public string? DeprivationVersion { get; init; }

    /// <summary>Comma-separated indicator codes, in partition order.</summary>
    public required string IndicatorCodes { get; init; }

    /// <summary>Comma-separated periods, ascending.</summary>
    public required string Periods { get; init; }

    public int SuppressionThreshold { get; init; }

    public ProfileJobState State { get; set; }

    public int PartitionCount { get; init; }

    public int CompletedPartitions { get; set; }

    public string? Error { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime? CompletedAtUtc { get; set; }
}
