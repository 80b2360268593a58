using ClinicalProject.PopulationProfiling.Data;

namespace ClinicalProject.PopulationProfiling.Profiles.Compute;

/// <summary>Computes a partition's figures from the stored data, without writing anything.</summary>
public interface IPartitionComputer
{
    Task<PartitionFigures> ComputeAsync(ProfilingDbContext db, Guid jobId, string indicatorCode, CancellationToken cancellationToken);
}
