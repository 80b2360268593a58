using System.Reflection;
using ClinicalProject.Contracts;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ClinicalProject.Messaging.Tests;

/// <summary>Outbox rows name events by contract, so a renamed or moved record still sends what was left unsent.</summary>
public sealed class ContractNameTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_row_written_before_its_record_was_renamed_is_published_as_the_renamed_record()
    {
        await using var bed = await TestBed.CreateAsync(output);
        await bed.StartServiceAsync("consumer", bus => bus.AddConsumer<ParcelShippedConsumer>());

        // The row as the outbox wrote it when the event's record was still called ShipmentSent (another name,
        // another namespace): only the contract name and the JSON body are stored.
        var parcel = Guid.NewGuid();
        var crashed = await bed.BuildServiceAsync("publisher");
        var rowId = NewId.NextGuid();
        await crashed.WithDbAsync(async db =>
        {
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                Id = rowId, MessageType = "tests/shipment-sent/v1", Body = $$"""{"parcelId":"{{parcel}}","carrier":"Postes Canada"}""",
                OccurredAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        await crashed.DisposeAsync();

        await bed.StartServiceAsync("publisher");

        await Eventually.HappensAsync(() => bed.Probe.Received.Count > 0, "the renamed event is consumed");
        var delivery = Assert.Single(bed.Probe.Received);
        Assert.Equal(new ParcelShipped(parcel, "Postes Canada"), delivery.Message);
        Assert.Equal(rowId, delivery.MessageId);
    }

    [Fact]
    public void Every_contract_has_one_distinct_versioned_name_and_an_unnamed_event_is_refused()
    {
        var contracts = typeof(ContractNameAttribute).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t != typeof(ContractNameAttribute) && t.Name != nameof(InventoryChange))
            .ToList();
        Assert.NotEmpty(contracts);
        var names = contracts.Select(t => t.GetCustomAttribute<ContractNameAttribute>()?.Name).ToList();
        Assert.All(names, n => Assert.Matches("^[a-z-]+/[a-z-]+/v[0-9]+$", n));
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(contracts, t => Assert.Equal(t, MessageContracts.Resolve(MessageContracts.NameOf(t))));
        Assert.Throws<InvalidOperationException>(() => MessageContracts.NameOf(typeof(Unnamed)));
    }

    private sealed record Unnamed(int Value);
}

/// <summary>The event once called ShipmentSent: renamed, same contract name.</summary>
[ContractName("tests/shipment-sent/v1")]
public sealed record ParcelShipped(Guid ParcelId, string Carrier);

/// <summary>Records every <see cref="ParcelShipped"/> it receives.</summary>
public sealed class ParcelShippedConsumer(Probe probe) : IConsumer<ParcelShipped>
{
    public Task Consume(ConsumeContext<ParcelShipped> context)
    {
        probe.Receive(context, context.Message);
        return Task.CompletedTask;
    }
}
