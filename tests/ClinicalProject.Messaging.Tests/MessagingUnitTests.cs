using System.Text.Json;
using ClinicalProject.Messaging.Inbox;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace ClinicalProject.Messaging.Tests;

/// <summary>The pieces that need no broker: naming, configuration checks, the outbox's rows and its wake-up signal.</summary>
public sealed class MessagingUnitTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("ClinicalProject.ResourceInventory", "resource-inventory")]
    [InlineData("ClinicalProject.GapAnalysis", "gap-analysis")]
    [InlineData("ClinicalProject.ImpactFollowUp", "impact-follow-up")]
    [InlineData("ClinicalProject.Gateway", "gateway")]
    [InlineData("Profiling2Service", "profiling2-service")]
    [InlineData("plain", "plain")]
    public void KebabCase_keeps_the_last_part_of_the_application_name(string applicationName, string expected) =>
        Assert.Equal(expected, MessagingExtensions.KebabCase(applicationName));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a uri")]
    public void AddMessaging_refuses_a_missing_or_invalid_broker_connection_string(string? connectionString)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:messaging"] = connectionString });

        var exception = Assert.Throws<InvalidOperationException>(() => builder.AddMessaging<HostApplicationBuilder, TestDbContext>());
        Assert.Contains("ConnectionStrings:messaging", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_dispatcher_starts_after_the_bus_and_stops_before_it()
    {
        await using var bed = TestBed.CreateWithoutBroker(output);
        var service = await bed.BuildServiceAsync("publisher");

        var hostedServices = service.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();
        var bus = hostedServices.FindIndex(t => t == typeof(MassTransitHostedService));
        var dispatcher = hostedServices.FindIndex(t => t == typeof(OutboxDispatcher<TestDbContext>));
        Assert.True(bus >= 0 && dispatcher > bus, $"Hosted services in order: {string.Join(", ", hostedServices.Select(t => t.Name))}");
    }

    [Fact]
    public async Task PublishOnCommit_stores_the_event_with_the_change_and_the_row_reads_back_as_the_event()
    {
        await using var bed = TestBed.CreateWithoutBroker(output);
        var service = await bed.BuildServiceAsync("publisher");
        var order = new OrderPlaced(Guid.NewGuid(), "stored");

        await service.WithDbAsync(async db =>
        {
            db.PublishOnCommit(order);
            Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync()); // nothing before SaveChanges
            await db.SaveChangesAsync();
        });

        var row = await service.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync());
        Assert.Null(row.SentAtUtc);
        Assert.Null(row.ClaimedUntilUtc);
        Assert.Equal(0, row.Attempts);
        Assert.Equal("tests/order-placed/v1", row.MessageType);
        var type = MessageContracts.Resolve(row.MessageType);
        Assert.Equal(typeof(OrderPlaced), type);
        Assert.Equal(order, JsonSerializer.Deserialize(row.Body, type!, OutboxDbContextExtensions.SerializerOptions));
    }

    [Fact]
    public async Task Outbox_signal_wakes_the_dispatcher_on_save_outside_a_transaction_and_on_commit_only()
    {
        await using var bed = TestBed.CreateWithoutBroker(output);
        var service = await bed.BuildServiceAsync("publisher");
        var signal = service.Services.GetRequiredService<OutboxSignal>();
        await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None); // whatever creating the schema did

        // No explicit transaction: the save is the commit.
        await service.WithDbAsync(async db =>
        {
            db.PublishOnCommit(new OrderPlaced(Guid.NewGuid(), "auto-commit"));
            await db.SaveChangesAsync();
        });
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        // An explicit transaction: nothing at the save, a wake-up at the commit.
        await service.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.PublishOnCommit(new OrderPlaced(Guid.NewGuid(), "committed"));
            await db.SaveChangesAsync();
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
            await transaction.CommitAsync();
        });
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        // Rolled back: no wake-up.
        await service.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.PublishOnCommit(new OrderPlaced(Guid.NewGuid(), "rolled back"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task Outbox_signal_collapses_many_notifications_into_one_wake_up()
    {
        var signal = new OutboxSignal();
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));

        Parallel.For(0, 100, _ => signal.Notify());

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public void Inbox_consumer_name_of_a_generic_consumer_carries_no_assembly_version()
    {
        var name = InboxConsumerName.Of(typeof(GenericConsumer<TestDbContext>));

        Assert.Equal(
            "ClinicalProject.Messaging.Tests.MessagingUnitTests+GenericConsumer<ClinicalProject.Messaging.Tests.Infrastructure.TestDbContext>",
            name);
        Assert.Equal(typeof(OrderEffectConsumer).FullName, InboxConsumerName.Of(typeof(OrderEffectConsumer)));
    }

    [Fact]
    public void Inbox_consumer_name_fits_its_column_and_stays_distinct()
    {
        var first = InboxConsumerName.Of(typeof(GenericConsumer<GenericConsumer<GenericConsumer<GenericConsumer<TestDbContext>>>>));
        var second = InboxConsumerName.Of(typeof(GenericConsumer<GenericConsumer<GenericConsumer<GenericConsumer<OrderRecord>>>>));

        Assert.True(first.Length <= 256, first);
        Assert.True(second.Length <= 256, second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Messaging_tables_are_created_with_the_service_tables()
    {
        await using var bed = TestBed.CreateWithoutBroker(output);
        var service = await bed.BuildServiceAsync("publisher");

        var tables = await service.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync());
        Assert.Contains("OutboxMessages", tables);
        Assert.Contains("InboxMessages", tables);
        Assert.Contains("Orders", tables);
    }

    private sealed class GenericConsumer<T>;
}
