using ClinicalProject.Messaging.Inbox;
using MassTransit;

namespace ClinicalProject.Messaging.Tests.Infrastructure;

/// <summary>Records every <see cref="OrderPlaced"/> it receives.</summary>
public sealed class RecordingConsumer(Probe probe) : IConsumer<OrderPlaced>
{
    public Task Consume(ConsumeContext<OrderPlaced> context)
    {
        probe.Receive(context, context.Message);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Applies an order once per message id: one row in its own database. A note of <c>fail-first-attempt</c>
/// makes the first attempt save its row and then fail (counted in the probe's attempts), so the retry must
/// find that row rolled back.
/// </summary>
public sealed class OrderEffectConsumer(TestDbContext db, Probe probe) : IdempotentConsumer<OrderPlaced, TestDbContext>(db)
{
    public const string FailFirstAttempt = "fail-first-attempt";

    protected override async Task HandleAsync(ConsumeContext<OrderPlaced> context, CancellationToken cancellationToken)
    {
        Db.Orders.Add(new OrderRecord { Id = NewId.NextGuid(), OrderId = context.Message.OrderId, Note = context.Message.Note });
        if (context.Message.Note == FailFirstAttempt && context.GetRetryAttempt() == 0)
        {
            await Db.SaveChangesAsync(cancellationToken);
            probe.Attempt();
            throw new InvalidOperationException("Failing after the effect was written, before the commit.");
        }
    }
}

/// <summary>Always fails: counts its attempts.</summary>
public sealed class PoisonPillConsumer(Probe probe) : IConsumer<PoisonPill>
{
    public Task Consume(ConsumeContext<PoisonPill> context)
    {
        var attempt = probe.Attempt();
        throw new InvalidOperationException($"Poison pill {context.Message.Id}, attempt {attempt}.");
    }
}
