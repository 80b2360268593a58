using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Api;

/// <summary>
/// Each test builds its own small network under a unique organisation and narrows its searches to it, so tests
/// sharing the database do not see each other's resources.
/// </summary>
public sealed class SearchApiTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task A_site_is_placed_in_the_da_of_the_nearest_centroid_and_its_ancestors()
    {
        var client = await factory.CreateSeededClientAsync();
        var organization = await client.CreateAsync("/organizations", Samples.Organization());

        var sherbrooke = await client.CreateAsync("/sites", Samples.Site(organization, latitude: 45.401, longitude: -71.885));
        var mobile = await client.CreateAsync("/sites", Samples.Site(organization) with { Type = Sites.SiteKind.Mobile, Latitude = null, Longitude = null, Address = null, ServesTerritories = ["05131"] });
        var faraway = await client.CreateAsync("/sites", Samples.Site(organization, latitude: 48.45, longitude: -68.52));

        Assert.Equal(["T-DA-1", "05151", "0515", "051", "05", "99"], Territories(await client.GetJsonAsync($"/sites/{sherbrooke}")));
        Assert.Equal(["05131", "0513", "051", "05", "99"], Territories(await client.GetJsonAsync($"/sites/{mobile}")));
        Assert.Empty(Territories(await client.GetJsonAsync($"/sites/{faraway}")));
    }

    [Fact]
    public async Task Services_are_found_by_program_level_territory_and_text()
    {
        var client = await factory.CreateSeededClientAsync();
        var name = $"CIUSSS {Guid.NewGuid():N}";
        var organization = await client.CreateAsync("/organizations", Samples.Organization(name));
        var inSherbrooke = await client.CreateAsync("/sites", Samples.Site(organization));
        var inMagog = await client.CreateAsync("/sites", Samples.Site(organization, latitude: TestTerritories.Da3Latitude, longitude: TestTerritories.Da3Longitude));
        var mentalFirst = await client.CreateAsync("/services", Samples.Service(organization, inSherbrooke, "Santé mentale adulte", 8));
        var mentalSecond = await client.CreateAsync("/services", Samples.Service(organization, inMagog, "Psychiatrie externe", 8, ContinuumLevel.SecondLine));
        var seniors = await client.CreateAsync("/services", Samples.Service(organization, inMagog, "Soutien à domicile", 3));
        var scope = $"organization={organization}";

        Assert.Equal([mentalFirst, mentalSecond], await IdsAsync(client, $"/services?{scope}&program=8"));
        Assert.Equal([mentalSecond], await IdsAsync(client, $"/services?{scope}&program=8&level=second-line"));
        Assert.Equal([seniors, mentalSecond], await IdsAsync(client, $"/services?{scope}&territory=0513"));
        Assert.Equal([mentalFirst], await IdsAsync(client, $"/services?{scope}&territory=T-DA-1"));
        Assert.Equal([seniors], await IdsAsync(client, $"/services?{scope}&q=domicile"));
        Assert.Equal([organization], await IdsAsync(client, $"/organizations?territory=0513&q={name}"));
        Assert.Empty(await IdsAsync(client, $"/organizations?territory=T-DA-2&q={name}"));
    }

    [Fact]
    public async Task Proximity_finds_what_lies_within_the_radius_nearest_first()
    {
        var client = await factory.CreateSeededClientAsync();
        var organization = await client.CreateAsync("/organizations", Samples.Organization());
        // Due north of the origin: one degree of latitude is 111.195 km on the 6371.0088 km sphere, so 0.1° is
        // 11.1195 km and 0.05° is 5.5598 km (hand computed: 6371.0088 × π / 180 × Δφ).
        const double originLatitude = 46.0, originLongitude = -71.0;
        var near = await client.CreateAsync("/sites", Samples.Site(organization, "Près", originLatitude + 0.05, originLongitude));
        var middle = await client.CreateAsync("/sites", Samples.Site(organization, "Moyen", originLatitude + 0.1, originLongitude));
        await client.CreateAsync("/sites", Samples.Site(organization, "Loin", originLatitude + 0.2, originLongitude));
        var service = await client.CreateAsync("/services", Samples.Service(organization, middle));
        var point = $"latitude={originLatitude}&longitude={originLongitude}";

        Assert.Equal([near], await IdsAsync(client, $"/sites?organization={organization}&{point}&withinKm=11.1"));
        Assert.Equal([near, middle], await IdsAsync(client, $"/sites?organization={organization}&{point}&withinKm=11.2"));
        Assert.Empty(await IdsAsync(client, $"/services?organization={organization}&{point}&withinKm=11.1"));
        Assert.Equal([service], await IdsAsync(client, $"/services?organization={organization}&{point}&withinKm=11.2"));

        // Each result says how far its nearest site is (hand computed above), and only in a proximity search.
        var found = (await client.GetJsonAsync($"/sites?organization={organization}&{point}&withinKm=11.2"))["items"]!.AsArray();
        Assert.Equal(5.560, found[0]!["distanceKm"]!.GetValue<double>(), 3);
        Assert.Equal(11.120, found[1]!["distanceKm"]!.GetValue<double>(), 3);
        var services = (await client.GetJsonAsync($"/services?organization={organization}&{point}&withinKm=11.2"))["items"]!.AsArray();
        Assert.Equal(11.120, services[0]!["distanceKm"]!.GetValue<double>(), 3);
        var plain = (await client.GetJsonAsync($"/sites?organization={organization}"))["items"]!.AsArray();
        Assert.All(plain, item => Assert.Null(item!["distanceKm"]));
    }

    [Fact]
    public async Task Pages_cover_the_results_once_in_a_stable_order()
    {
        var client = await factory.CreateSeededClientAsync();
        var parent = await client.CreateAsync("/organizations", Samples.Organization("Parent"));
        var children = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            children.Add(await client.CreateAsync("/organizations", Samples.Organization($"Enfant {i}", Organizations.OrganizationKind.Gmf, parent)));
        }

        var first = await client.GetJsonAsync($"/organizations?organization={parent}&pageSize=2&page=1");
        var pages = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            pages.AddRange(await IdsAsync(client, $"/organizations?organization={parent}&pageSize=2&page={page}"));
        }

        Assert.Equal(5, first["totalCount"]!.GetValue<int>());
        Assert.Equal(children, pages);
        Assert.Equal(children, await IdsAsync(client, $"/organizations?organization={parent}&type=gmf"));
    }

    private static string[] Territories(System.Text.Json.Nodes.JsonNode site) =>
        site["data"]!["territories"]!.AsArray().Select(t => t!.GetValue<string>()).ToArray();

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string route) =>
        (await client.GetJsonAsync(route))["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
}
