using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.GapInputs;

/// <summary>
/// Delays reported against an agreement's maximums: kept on the agreement for every period, checked field by field,
/// and given to gap analysis as the latest period of each priority.
/// </summary>
public sealed class ReportedDelayTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task The_snapshot_gives_each_priority_its_latest_period()
    {
        var client = await factory.CreateSeededClientAsync();
        var provider = await client.CreateAsync("/organizations", Samples.Organization("Fournisseur délais"));
        var requester = await client.CreateAsync("/organizations", Samples.Organization("Demandeur délais"));
        // P1: 2026 (a year), 2026-Q4 and 2026-12 all end on 31 December 2026; the month is the finest: 6.5 days.
        // P2: 2026-Q2 ends 30 June, after 2026-05 (31 May): 41 days.
        var agreement = await client.CreateAsync("/agreements", Samples.Agreement(provider, requester) with
        {
            MaximumDelays = [new MaximumDelay("P1", 3), new MaximumDelay("P2", 30)],
            ReportedDelays =
            [
                new ReportedDelay("P1", "2026", 4), new ReportedDelay("P1", "2026-12", 6.5, "Tableau de bord du GACO"),
                new ReportedDelay("P1", "2026-Q4", 5), new ReportedDelay("P1", "2025-12", 9),
                new ReportedDelay("P2", "2026-05", 20), new ReportedDelay("P2", "2026-Q2", 41),
            ],
        });

        var snapshot = await client.GetJsonAsync("/gap-inputs");
        var held = snapshot["agreements"]!.AsArray().Single(a => a!["id"]!.GetValue<Guid>() == agreement)!;
        var latest = held["reportedDelays"]!.AsArray()
            .Select(d => (d!["priority"]!.GetValue<string>(), d["period"]!.GetValue<string>(), d["days"]!.GetValue<double>())).ToArray();
        Assert.Equal([("P1", "2026-12", 6.5), ("P2", "2026-Q2", 41.0)], latest);

        // The agreement itself keeps every period.
        var read = await client.GetJsonAsync($"/agreements/{agreement}");
        Assert.Equal(6, read["data"]!["reportedDelays"]!.AsArray().Count);
    }

    [Fact]
    public async Task Bad_reported_delays_are_named_and_nothing_is_stored()
    {
        var client = await factory.CreateSeededClientAsync();
        var provider = await client.CreateAsync("/organizations", Samples.Organization("Fournisseur refus"));
        var requester = await client.CreateAsync("/organizations", Samples.Organization("Demandeur refus"));
        var before = (await client.GetJsonAsync("/agreements"))["totalCount"]!.GetValue<int>();
        using var response = await client.PostAsync("/agreements", Samples.Agreement(provider, requester) with
        {
            ReportedDelays =
            [
                new ReportedDelay("P9", "2026-Q3", 4),
                new ReportedDelay("P1", "2026-Q5", 4),
                new ReportedDelay("P1", "2026-07", -1),
                new ReportedDelay("P1", "2026-08", 2), new ReportedDelay("P1", "2026-08", 3),
            ],
        });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["reportedDelays", "reportedDelays[0].priority", "reportedDelays[1].period", "reportedDelays[2].days"],
            await response.ErrorFieldsAsync());
        Assert.Equal(before, (await client.GetJsonAsync("/agreements"))["totalCount"]!.GetValue<int>());
    }
}
