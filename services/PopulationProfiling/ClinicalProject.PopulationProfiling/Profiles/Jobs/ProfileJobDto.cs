namespace ClinicalProject.PopulationProfiling.Profiles.Jobs;

/// <summary>A profile job: its progress while partitions are computed, then the profile it stored.</summary>
/// <param name="Version">The profile version (increases with every job).</param>
/// <param name="Percent">Partitions done over partitions, 0–100.</param>
public sealed record ProfileJobDto(
    Guid Id,
    long Version,
    ProfileJobState State,
    string HierarchyVersion,
    string PopulationDataset,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<int> Periods,
    string? DeprivationIndex,
    int SuppressionThreshold,
    int PartitionCount,
    int CompletedPartitions,
    double Percent,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public static ProfileJobDto From(ProfileJob job) => new(
        job.Id, job.Sequence, job.State, job.HierarchyVersion, job.PopulationDatasetVersion,
        Datasets.DatasetLists.ParseCodes(job.IndicatorCodes), Datasets.DatasetLists.ParsePeriods(job.Periods), job.DeprivationVersion,
        job.SuppressionThreshold, job.PartitionCount, job.CompletedPartitions,
        job.PartitionCount == 0 ? 100 : Math.Round(100.0 * job.CompletedPartitions / job.PartitionCount, 1), job.Error,
        new DateTimeOffset(DateTime.SpecifyKind(job.CreatedAtUtc, DateTimeKind.Utc)),
        job.CompletedAtUtc is { } done ? new DateTimeOffset(DateTime.SpecifyKind(done, DateTimeKind.Utc)) : null);
}
