using ClinicalProject.Contracts;
using ClinicalProject.PopulationProfiling.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Profiles.Compute;

/// <summary>
/// A partition that exhausted its retries went to the error queue: its job can never complete, so it is marked
/// failed with the reason, rather than left running for ever.
/// </summary>
public sealed class ProfilePartitionFaultConsumer(ProfilingDbContext db, TimeProvider clock) : IConsumer<Fault<ComputeProfilePartition>>
{
    public async Task Consume(ConsumeContext<Fault<ComputeProfilePartition>> context)
    {
        var command = context.Message.Message;
        var reason = context.Message.Exceptions.FirstOrDefault()?.Message ?? "unknown error";
        var error = $"Partition {command.Partition} ({command.IndicatorCode}) failed: {reason}";
        var now = clock.GetUtcNow().UtcDateTime;
        await db.ProfileJobs.Where(j => j.Id == command.JobId && j.State == ProfileJobState.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, ProfileJobState.Failed)
                .SetProperty(j => j.Error, error.Length > 2000 ? error[..2000] : error)
                .SetProperty(j => j.CompletedAtUtc, now), context.CancellationToken);
    }
}
