using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Profiles.Compute;

namespace ClinicalProject.PopulationProfiling.Tests.Profiles;

/// <summary>A replica that takes a partition and never finishes it, until it is stopped: a replica dying mid-partition.</summary>
public sealed class StalledPartitionComputer : IPartitionComputer
{
    private readonly TaskCompletionSource<string> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The indicator of the partition it took.</summary>
    public Task<string> Started => _started.Task;

    public async Task<PartitionFigures> ComputeAsync(ProfilingDbContext db, Guid jobId, string indicatorCode, CancellationToken cancellationToken)
    {
        _started.TrySetResult(indicatorCode);
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new OperationCanceledException(cancellationToken);
    }
}
