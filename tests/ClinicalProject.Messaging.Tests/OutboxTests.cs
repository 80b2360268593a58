using ClinicalProject.Messaging.Outbox;
using ClinicalProject.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ClinicalProject.Messaging.Tests;

/// <summary>The transactional outbox against a real broker: what commits is published, what rolls back never is.</summary>
public sealed class OutboxTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Event_of_a_committed_transaction_is_published_and_one_of_a_rolled_back_transaction_never_is()
    {
        await using var bed = await TestBed.CreateAsync(output);
        await bed.StartServiceAsync("consumer", bus => bus.AddConsumer<RecordingConsumer>());
        var publisher = await bed.StartServiceAsync("publisher");

        var committed = new OrderPlaced(Guid.NewGuid(), "committed");
        var rolledBack = new OrderPlaced(Guid.NewGuid(), "rolled back");
        var sentinel = new OrderPlaced(Guid.NewGuid(), "sentinel");
        await PlaceOrderAsync(publisher, committed, commit: true);
        await PlaceOrderAsync(publisher, rolledBack, commit: false);
        await PlaceOrderAsync(publisher, sentinel, commit: true);

        // The dispatcher publishes oldest first: once the later sentinel is in, an earlier event would be too.
        await Eventually.HappensAsync(
            () => bed.Probe.Received.Select(d => d.Message).OfType<OrderPlaced>().Any(m => m.OrderId == sentinel.OrderId),
            "the sentinel event is consumed");
        // ...and a few more dispatcher polls (200 ms each) for good measure.
        await Task.Delay(TimeSpan.FromSeconds(1));

        // (Consumed concurrently, so in either order.)
        var received = bed.Probe.Received.Select(d => d.Message).OfType<OrderPlaced>().OrderBy(m => m.Note, StringComparer.Ordinal).ToList();
        Assert.Equal([committed, sentinel], received);
        await Eventually.HappensAsync(
            () => publisher.WithDbAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.SentAtUtc != null)),
            "the outbox rows are marked sent");
        var (orders, outbox) = await publisher.WithDbAsync(async db =>
            (await db.Orders.Select(o => o.OrderId).ToListAsync(), await db.Set<OutboxMessage>().AsNoTracking().ToListAsync()));
        Assert.Equal(2, orders.Count);
        Assert.DoesNotContain(rolledBack.OrderId, orders);
        Assert.Equal(2, outbox.Count);
        Assert.All(outbox, row => Assert.NotNull(row.SentAtUtc));
        // The row's id is the message id on the wire.
        Assert.Equal(outbox.Select(r => r.Id).Order(), bed.Probe.Received.Select(d => d.MessageId!.Value).Order());
    }

    [Fact]
    public async Task Event_left_unsent_in_the_outbox_is_published_when_a_new_host_starts()
    {
        await using var bed = await TestBed.CreateAsync(output);
        await bed.StartServiceAsync("consumer", bus => bus.AddConsumer<RecordingConsumer>());

        // A publisher that commits its change and then "crashes": its host never ran, so no bus and no
        // dispatcher ever saw the outbox row.
        var order = new OrderPlaced(Guid.NewGuid(), "left behind");
        var crashed = await bed.BuildServiceAsync("publisher");
        await PlaceOrderAsync(crashed, order, commit: true);
        var unsent = await crashed.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync());
        Assert.Null(unsent.SentAtUtc);
        await crashed.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(bed.Probe.Received);

        // The service comes back (a new host on the same database).
        var restarted = await bed.StartServiceAsync("publisher");

        await Eventually.HappensAsync(() => bed.Probe.Received.Count > 0, "the event left behind is consumed");
        var delivery = Assert.Single(bed.Probe.Received);
        Assert.Equal(order, delivery.Message);
        Assert.Equal(unsent.Id, delivery.MessageId);
        await Eventually.HappensAsync(
            () => restarted.WithDbAsync(async db => (await db.Set<OutboxMessage>().AsNoTracking().SingleAsync()).SentAtUtc is not null),
            "the outbox row is marked sent");
    }

    /// <summary>Saves an order and its event in one explicit transaction, then commits or rolls back.</summary>
    internal static Task PlaceOrderAsync(TestService service, OrderPlaced order, bool commit) =>
        service.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Orders.Add(new OrderRecord { Id = NewId.NextGuid(), OrderId = order.OrderId, Note = order.Note });
            db.PublishOnCommit(order);
            await db.SaveChangesAsync();
            if (commit)
            {
                await transaction.CommitAsync();
            }
            else
            {
                await transaction.RollbackAsync();
            }
        });
}
