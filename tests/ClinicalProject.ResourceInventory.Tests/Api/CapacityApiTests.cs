using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Api;

public sealed class CapacityApiTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task Capacity_history_is_kept_and_current_is_the_latest_per_site_and_unit()
    {
        var client = await factory.CreateSeededClientAsync();
        var organization = await client.CreateAsync("/organizations", Samples.Organization());
        var siteA = await client.CreateAsync("/sites", Samples.Site(organization, "A"));
        var siteB = await client.CreateAsync("/sites", Samples.Site(organization, "B"));
        var service = await client.CreateAsync("/services", Samples.Service(organization, siteA) with { SiteIds = [siteA, siteB] });
        var a2023 = await client.CreateAsync("/capacities", new CapacityBody(service, CapacityUnit.Fte, 10m, new DateOnly(2023, 4, 1), siteA));
        var a2025 = await client.CreateAsync("/capacities", new CapacityBody(service, CapacityUnit.Fte, 12m, new DateOnly(2025, 4, 1), siteA));
        var a2024 = await client.CreateAsync("/capacities", new CapacityBody(service, CapacityUnit.Fte, 11m, new DateOnly(2024, 4, 1), siteA));
        var aBeds = await client.CreateAsync("/capacities", new CapacityBody(service, CapacityUnit.Beds, 20m, new DateOnly(2022, 4, 1), siteA));
        var b2024 = await client.CreateAsync("/capacities", new CapacityBody(service, CapacityUnit.Fte, 3m, new DateOnly(2024, 4, 1), siteB));
        var whole = await client.CreateAsync("/capacities", new CapacityBody(service, CapacityUnit.Fte, 15m, new DateOnly(2021, 4, 1)));

        var history = await IdsAsync(client, $"/capacities?service={service}&site={siteA}&pageSize=100");
        var current = await IdsAsync(client, $"/capacities?service={service}&current=true&pageSize=100");

        // Every measurement at site A is kept; per unit, the newest comes first.
        Assert.Equal(4, history.Count);
        Assert.Equal([a2025, a2024, a2023], history.Where(id => id != aBeds));
        Assert.Equal(new HashSet<Guid> { a2025, aBeds, b2024, whole }, current.ToHashSet());
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string route) =>
        (await client.GetJsonAsync(route))["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
}
