namespace ClinicalProject.Contracts;

/// <summary>
/// A command on population profiling's work queue: compute one partition (one indicator, every period of the
/// job) of a profile job. Every profiling replica consumes these competitively; a partition's effect is applied
/// once however often it is delivered.
/// </summary>
/// <param name="JobId">The profile job.</param>
/// <param name="Partition">The partition's number in the job (0-based).</param>
/// <param name="IndicatorCode">The indicator the partition computes.</param>
[ContractName("profiling/compute-profile-partition/v1")]
public sealed record ComputeProfilePartition(Guid JobId, int Partition, string IndicatorCode);
