using ClinicalProject.ServiceDefaults.Authentication;
using System.Globalization;
using System.Net;
using System.Text;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using ClinicalProject.Territories.ReadModel;
using Sylvan.Data.Csv;

namespace ClinicalProject.ResourceInventory.Tests.DemoData;

/// <summary>The synthetic Estrie inventory loads in one batch import on the demo territories, as the demo loader sends it.</summary>
public sealed class DemoInventoryTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    private const string DemoAuthor = "demo-loader";

    private static readonly string[] Levels = ["promotion-prevention", "first-line", "second-line", "third-line", "rehabilitation-long-term-support", "end-of-life"];

    [Fact]
    public async Task The_demo_loads_once_covers_every_program_and_level_and_places_every_fixed_site_in_a_territory()
    {
        var client = await factory.CreateSeededClientAsync("demo", DemoTerritories());
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.Create(DemoAuthor, [ClinicalRoles.Planner]));
        var file = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "DemoData", "estrie-inventory.json"));

        var first = await client.PostAsync("/imports", new StringContent(file, Encoding.UTF8, "application/json"));
        var again = await client.PostAsync("/imports", new StringContent(file, Encoding.UTF8, "application/json"));

        Assert.True(first.StatusCode == HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        Assert.Equal(306, (await first.ReadJsonAsync())["itemCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.ReadJsonAsync())["alreadyImported"]!.GetValue<bool>());
        Assert.Equal(35, (await client.GetJsonAsync("/organizations?pageSize=1"))["totalCount"]!.GetValue<int>());
        var services = await AllAsync(client, "services");
        Assert.Equal(Enumerable.Range(1, 9), services.Select(s => s["data"]!["program"]!.GetValue<int>()).Distinct().Order());
        Assert.Equal(Levels.Order(), services.Select(s => s["data"]!["level"]!.GetValue<string>()).Distinct().Order());
        foreach (var site in await AllAsync(client, "sites"))
        {
            var territories = site["data"]!["territories"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
            Assert.True(territories.Contains("05"), $"{site["data"]!["name"]} is in no Estrie territory: [{string.Join(", ", territories)}]");
        }

        Assert.True((await client.GetJsonAsync("/corridors?program=8&territory=0519"))["totalCount"]!.GetValue<int>() > 0);
        Assert.Equal(11, (await client.GetJsonAsync("/responsibilities?pageSize=100"))["totalCount"]!.GetValue<int>());
        Assert.All(await AllAsync(client, "agreements"), a => Assert.Contains("(synthétique)", a["data"]!["title"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(DemoAuthor, services[0]["createdBy"]!.GetValue<string>());
    }

    private static async Task<List<System.Text.Json.Nodes.JsonNode>> AllAsync(HttpClient client, string route) =>
        [.. (await client.GetJsonAsync($"/{route}?pageSize=500"))["items"]!.AsArray().Select(i => i!)];

    internal static List<TerritoryEntry> DemoTerritories()
    {
        using var csv = CsvDataReader.Create(Path.Combine(AppContext.BaseDirectory, "DemoData", "estrie-territories.csv"));
        var territories = new List<TerritoryEntry>();
        while (csv.Read())
        {
            territories.Add(new TerritoryEntry
            {
                HierarchyVersion = "demo",
                Code = csv.GetString(0),
                Level = csv.GetString(1),
                ParentCode = csv.GetString(2) is { Length: > 0 } parent ? parent : null,
                NameFr = csv.GetString(3),
                NameEn = csv.GetString(4),
                CentroidLatitude = csv.GetString(5) is { Length: > 0 } latitude ? double.Parse(latitude, CultureInfo.InvariantCulture) : null,
                CentroidLongitude = csv.GetString(6) is { Length: > 0 } longitude ? double.Parse(longitude, CultureInfo.InvariantCulture) : null,
            });
        }

        return territories;
    }
}
