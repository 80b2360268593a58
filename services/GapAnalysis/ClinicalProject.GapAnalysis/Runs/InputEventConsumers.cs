using System.Globalization;
using ClinicalProject.Contracts;
using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.Messaging.Inbox;
using MassTransit;

namespace ClinicalProject.GapAnalysis.Runs;

/// <summary>A computed profile is a pending input change (recorded once per message), and wakes the debounced scheduler.</summary>
public sealed class PopulationProfileComputedConsumer(GapAnalysisDbContext db, AnalysisTrigger trigger, TimeProvider time)
    : IdempotentConsumer<PopulationProfileComputed, GapAnalysisDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<PopulationProfileComputed> context, CancellationToken cancellationToken)
    {
        Db.InputChanges.Add(new InputChange
        {
            Source = "profile",
            Reference = $"{context.Message.ProfileId:N}/{context.Message.ProfileVersion.ToString(CultureInfo.InvariantCulture)}",
            ReceivedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        trigger.Signal(); // the scheduler waits the debounce delay, by which time this transaction has committed
        return Task.CompletedTask;
    }
}

/// <summary>An inventory change is a pending input change (recorded once per message), and wakes the debounced scheduler.</summary>
public sealed class ResourceInventoryChangedConsumer(GapAnalysisDbContext db, AnalysisTrigger trigger, TimeProvider time)
    : IdempotentConsumer<ResourceInventoryChanged, GapAnalysisDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<ResourceInventoryChanged> context, CancellationToken cancellationToken)
    {
        Db.InputChanges.Add(new InputChange
        {
            Source = "inventory",
            Reference = $"{context.Message.Changes.Count.ToString(CultureInfo.InvariantCulture)} changes",
            ReceivedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        trigger.Signal();
        return Task.CompletedTask;
    }
}
