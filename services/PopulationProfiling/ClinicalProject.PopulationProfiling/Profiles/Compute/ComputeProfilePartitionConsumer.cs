using ClinicalProject.Contracts;
using ClinicalProject.Messaging.Inbox;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.ServiceDefaults.Database;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicalProject.PopulationProfiling.Profiles.Compute;

/// <summary>
/// Computes one partition of a profile job. The computation (reads only) runs before the transaction; the
/// figures, the partition's completion, the job's counter and, for the last partition, the job's success and
/// <see cref="PopulationProfileComputed"/> are saved in the inbox's transaction: once, however often the
/// command is delivered. A replica that dies mid-partition never acks it, so the broker hands it to another.
/// </summary>
public sealed partial class ComputeProfilePartitionConsumer(
    ProfilingDbContext db,
    IPartitionComputer computer,
    IOptions<ProfilingOptions> options,
    TimeProvider clock,
    ILogger<ComputeProfilePartitionConsumer> logger)
    : IdempotentConsumer<ComputeProfilePartition, ProfilingDbContext>(db)
{
    private PartitionFigures? _figures;

    protected override async Task PrepareAsync(ConsumeContext<ComputeProfilePartition> context, CancellationToken cancellationToken)
    {
        var command = context.Message;
        var done = await Db.ProfilePartitions.AsNoTracking()
            .AnyAsync(p => p.JobId == command.JobId && p.Partition == command.Partition && p.Done, cancellationToken);
        _figures = done ? null : await computer.ComputeAsync(Db, command.JobId, command.IndicatorCode, cancellationToken);
    }

    protected override async Task HandleAsync(ConsumeContext<ComputeProfilePartition> context, CancellationToken cancellationToken)
    {
        var command = context.Message;
        var partition = await Db.ProfilePartitions.SingleAsync(p => p.JobId == command.JobId && p.Partition == command.Partition, cancellationToken);
        if (partition.Done || _figures is null)
        {
            return; // stored by an earlier delivery under another message id
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // Write-once rows, thousands per partition: inserted in bulk in the inbox's transaction, not tracked.
        await Db.InsertRowsAsync(_figures.Values, cancellationToken);
        await Db.InsertRowsAsync(_figures.Trends, cancellationToken);
        partition.Done = true;
        partition.ComputedBy = options.Value.EffectiveReplicaName;
        partition.CompletedAtUtc = now;

        // A conditional increment in the transaction: two replicas finishing the last partitions at once
        // serialise on the job's row, and exactly one of them sees the count reach the total.
        await Db.ProfileJobs.Where(j => j.Id == command.JobId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.CompletedPartitions, j => j.CompletedPartitions + 1), cancellationToken);
        var job = await Db.ProfileJobs.SingleAsync(j => j.Id == command.JobId, cancellationToken);
        LogPartitionComputed(logger, command.JobId, command.Partition, command.IndicatorCode, _figures.Values.Count, partition.ComputedBy);
        if (job.CompletedPartitions == job.PartitionCount && job.State == ProfileJobState.Running)
        {
            job.State = ProfileJobState.Succeeded;
            job.CompletedAtUtc = now;
            Db.PublishOnCommit(new PopulationProfileComputed(job.Id, job.Sequence, job.HierarchyVersion, job.PopulationDatasetVersion,
                DatasetLists.ParseCodes(job.IndicatorCodes), DatasetLists.ParsePeriods(job.Periods), new DateTimeOffset(now)));
            LogJobComputed(logger, job.Id, job.Sequence, job.PartitionCount);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile job {JobId}: partition {Partition} ({Indicator}) stored, {FigureCount} figures, by {Replica}")]
    private static partial void LogPartitionComputed(ILogger logger, Guid jobId, int partition, string indicator, int figureCount, string replica);

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile job {JobId} computed: profile version {Version}, {PartitionCount} partitions")]
    private static partial void LogJobComputed(ILogger logger, Guid jobId, long version, int partitionCount);
}
