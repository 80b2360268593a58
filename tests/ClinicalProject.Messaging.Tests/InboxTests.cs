using ClinicalProject.Messaging.Inbox;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClinicalProject.Messaging.Tests;

/// <summary>The idempotent inbox against a real broker: a message delivered twice has its effect once.</summary>
public sealed class InboxTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Message_published_twice_with_one_message_id_has_its_effect_once()
    {
        await using var bed = await TestBed.CreateAsync(output);
        var consumer = await bed.StartServiceAsync("consumer", bus => bus.AddConsumer<OrderEffectConsumer>());
        var publisher = await bed.StartServiceAsync("publisher");

        var order = new OrderPlaced(Guid.NewGuid(), "twice");
        var messageId = NewId.NextGuid();
        var bus = publisher.Services.GetRequiredService<IBus>();
        await bus.Publish(order, context => context.MessageId = messageId);
        await bus.Publish(order, context => context.MessageId = messageId);

        await Eventually.HappensAsync(() => Completed(bed.Probe, 2), "both deliveries are consumed");
        Assert.All(bed.Probe.Completed, d => Assert.Equal(messageId, d.MessageId));
        await AssertAppliedOnceAsync(consumer, order, messageId);
    }

    [Fact]
    public async Task Outbox_row_sent_again_after_a_crash_before_it_was_marked_has_its_effect_once()
    {
        await using var bed = await TestBed.CreateAsync(output);
        var consumer = await bed.StartServiceAsync("consumer", bus => bus.AddConsumer<OrderEffectConsumer>());
        var publisher = await bed.StartServiceAsync("publisher");

        var order = new OrderPlaced(Guid.NewGuid(), "resent");
        await OutboxTests.PlaceOrderAsync(publisher, order, commit: true);
        await Eventually.HappensAsync(() => Completed(bed.Probe, 1), "the first delivery is consumed");
        await Eventually.HappensAsync(
            () => publisher.WithDbAsync(async db => (await db.Set<OutboxMessage>().AsNoTracking().SingleAsync()).SentAtUtc is not null),
            "the outbox row is marked sent");

        // What a crash between publishing and marking the row leaves behind: a row that looks unsent.
        var rowId = await publisher.WithDbAsync(async db =>
        {
            var row = await db.Set<OutboxMessage>().SingleAsync();
            row.SentAtUtc = null;
            await db.SaveChangesAsync();
            return row.Id;
        });

        await Eventually.HappensAsync(() => Completed(bed.Probe, 2), "the re-sent row is consumed");
        Assert.All(bed.Probe.Completed, d => Assert.Equal(rowId, d.MessageId));
        await AssertAppliedOnceAsync(consumer, order, rowId);
    }

    [Fact]
    public async Task Effect_written_before_a_failure_is_rolled_back_and_applied_once_by_the_retry()
    {
        await using var bed = await TestBed.CreateAsync(output);
        var consumer = await bed.StartServiceAsync("consumer", bus => bus.AddConsumer<OrderEffectConsumer>());

        var order = new OrderPlaced(Guid.NewGuid(), OrderEffectConsumer.FailFirstAttempt);
        var messageId = NewId.NextGuid();
        await consumer.Services.GetRequiredService<IBus>().Publish(order, context => context.MessageId = messageId);

        await Eventually.HappensAsync(() => Completed(bed.Probe, 1), "the message is consumed after its retry");
        Assert.Equal(1, bed.Probe.Attempts); // the failed first attempt, which had saved its row
        await AssertAppliedOnceAsync(consumer, order, messageId);
    }

    /// <summary>Fails at once, rather than at the timeout, when a delivery has failed for good.</summary>
    private static bool Completed(Probe probe, int deliveries)
    {
        Assert.Empty(probe.Faulted);
        return probe.Completed.Count >= deliveries;
    }

    private static async Task AssertAppliedOnceAsync(TestService consumer, OrderPlaced order, Guid messageId)
    {
        var (effects, inbox) = await consumer.WithDbAsync(async db =>
            (await db.Orders.AsNoTracking().ToListAsync(), await db.Set<InboxMessage>().AsNoTracking().ToListAsync()));
        var effect = Assert.Single(effects);
        Assert.Equal(order.OrderId, effect.OrderId);
        var processed = Assert.Single(inbox);
        Assert.Equal(messageId, processed.MessageId);
        Assert.Equal(typeof(OrderEffectConsumer).FullName, processed.Consumer);
    }
}
