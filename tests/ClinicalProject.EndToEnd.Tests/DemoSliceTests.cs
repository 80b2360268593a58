using System.Net;
using System.Text;
using System.Text.Json;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>
/// What a newcomer sees after the run command: the demo loader (an app host resource) has loaded the Estrie
/// territories, the real MSSS population estimates and projections, the synthetic inventory in one batch import,
/// and a first profile, all through the gateway.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class DemoSliceTests(SuiteFixture fixture)
{
    /// <summary>MSSS: Estrie's 2021 population estimate (shared/data/README.md).</summary>
    private const long Estrie2021 = 506_560;

    [Fact]
    public async Task The_first_profile_shows_Estries_published_population_for_2021()
    {
        using var values = await fixture.Gateway.GetJsonAsync("api/v1/profiling/profiles/latest/values?indicator=population&period=2021&territory=05");
        var estrie = Assert.Single(values.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(Estrie2021, estrie.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_demo_inventory_is_searched_and_exported_through_the_gateway()
    {
        // Home support in the Granit (RLS 0519): the demo's CLSC Lac-Mégantic offers it; its site was placed in the
        // territory by the inventory from the territories it received over the broker.
        using var services = await fixture.Gateway.GetJsonAsync("api/v1/inventory/services?program=3&territory=0519");
        var names = services.RootElement.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("data").GetProperty("name").GetString()).ToList();
        Assert.Contains(names, n => n!.Contains("Lac-Mégantic", StringComparison.Ordinal));

        using var fhir = await fixture.Gateway.GetJsonAsync("api/v1/inventory/fhir/Bundle");
        Assert.Equal("Bundle", fhir.RootElement.GetProperty("resourceType").GetString());
        Assert.Contains(fhir.RootElement.GetProperty("entry").EnumerateArray(), e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "OrganizationAffiliation");

        using var hsds = await fixture.Gateway.GetAsync("api/v1/inventory/hsds/export.zip");
        Assert.Equal("application/zip", hsds.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Loading_the_demo_again_is_recognised_by_its_content_and_adds_nothing()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "DemoData", "estrie-inventory.json");
        using var planner = fixture.Client("planner");
        using var before = await fixture.Gateway.GetJsonAsync("api/v1/inventory/organizations?pageSize=1");

        using var again = await planner.PostAsync("api/v1/inventory/imports", new StringContent(await File.ReadAllTextAsync(file), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var summary = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.True(summary.RootElement.GetProperty("alreadyImported").GetBoolean());
        using var after = await fixture.Gateway.GetJsonAsync("api/v1/inventory/organizations?pageSize=1");
        Assert.Equal(before.RootElement.GetProperty("totalCount").GetInt32(), after.RootElement.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_profile_job_through_the_gateway_is_computed_by_the_competing_replicas()
    {
        using var analyst = fixture.Client("analyst");
        using var start = await analyst.PostAsync("api/v1/profiling/profiles/jobs", new StringContent(
            """{ "populationDataset": "msss-estrie", "indicators": ["population", "seniors-75-plus"], "periods": [2019, 2020, 2021] }""",
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        using var job = JsonDocument.Parse(await start.Content.ReadAsStringAsync());
        var id = job.RootElement.GetProperty("id").GetGuid();

        await GatewayJson.EventuallyAsync(async () =>
        {
            using var state = await fixture.Gateway.GetJsonAsync($"api/v1/profiling/profiles/jobs/{id}");
            var text = state.RootElement.GetProperty("state").GetString();
            Assert.NotEqual("failed", text);
            return text == "succeeded";
        }, TimeSpan.FromMinutes(3), $"profile job {id}");

        // People 75+ in Sherbrooke in 2021: a proportion with its Wilson interval, computed from the MSSS counts.
        using var seniors = await fixture.Gateway.GetJsonAsync($"api/v1/profiling/profiles/{id}/values?indicator=seniors-75-plus&period=2021&territory=0515");
        var figure = Assert.Single(seniors.RootElement.GetProperty("items").EnumerateArray());
        var value = figure.GetProperty("value").GetDouble();
        Assert.InRange(value, 5, 20);
        Assert.True(figure.GetProperty("lowerCi95").GetDouble() < value && value < figure.GetProperty("upperCi95").GetDouble());
    }
}
