using System.Net;
using System.Text.Json.Nodes;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Territories;

/// <summary>
/// The territory queries a read model answers are population profiling's: the same paging envelope and rule, the
/// same level names and aliases, the same detail with ancestors and children (issue 12's one territory API).
/// Expected values are read off <see cref="TestTerritories"/>' hand-written hierarchy.
/// </summary>
public sealed class TerritoryQueryContractTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    private const string Version = TestTerritories.Version;

    [Fact]
    public async Task A_level_list_is_one_page_of_the_suite_envelope_sorted_by_code()
    {
        var client = await factory.CreateSeededClientAsync();

        var page = await client.GetJsonAsync($"/territories?version={Version}&level=rls");

        Assert.Equal(["0513", "0515"], Codes(page));
        Assert.Equal((1, 50, 2, 1), (Int(page, "page"), Int(page, "pageSize"), Int(page, "totalCount"), Int(page, "totalPages")));
        Assert.All(page["items"]!.AsArray(), t => Assert.Equal("051", t!["parentCode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Aliases_code_prefixes_and_pages_answer_as_in_profiling()
    {
        var client = await factory.CreateSeededClientAsync();

        Assert.Equal(["05"], Codes(await client.GetJsonAsync($"/territories?version={Version}&level=RSS")));
        Assert.Equal(["T-DA-1", "T-DA-2", "T-DA-3"], Codes(await client.GetJsonAsync($"/territories?version={Version}&q=t-da")));
        var second = await client.GetJsonAsync($"/territories?version={Version}&level=ad&page=2&pageSize=2");
        Assert.Equal(["T-DA-3"], Codes(second));
        Assert.Equal((3, 2), (Int(second, "totalCount"), Int(second, "totalPages")));
    }

    [Fact]
    public async Task A_territory_comes_with_its_ancestors_and_children()
    {
        var client = await factory.CreateSeededClientAsync();

        var clsc = await client.GetJsonAsync($"/territories/05151?version={Version}");

        Assert.Equal(["99", "05", "051", "0515"], clsc["ancestors"]!.AsArray().Select(a => a!["code"]!.GetValue<string>()).ToArray());
        Assert.Equal(["T-DA-1", "T-DA-2"], clsc["childCodes"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray());
        Assert.Equal((Version, "clsc"), (clsc["version"]!.GetValue<string>(), clsc["level"]!.GetValue<string>()));
        Assert.Null(clsc["geometry"]); // only the owner holds geometries
    }

    [Theory]
    [InlineData("/territories?level=county", "level")]
    [InlineData("/territories?pageSize=1001", "pageSize")]
    [InlineData("/territories?page=0", "page")]
    public async Task Bad_filters_are_400_naming_the_parameter(string url, string field)
    {
        var client = await factory.CreateSeededClientAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFieldsAsync());
    }

    [Theory]
    [InlineData("/territories/nowhere?version=" + Version)]
    [InlineData("/territories?version=never-received")]
    public async Task Unknown_territories_and_versions_are_404_not_found_problems(string url)
    {
        var client = await factory.CreateSeededClientAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ProblemTypes.NotFound, (await response.ReadJsonAsync())["type"]!.GetValue<string>());
    }

    private static string[] Codes(JsonNode page) => page["items"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()).ToArray();

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();
}
