using System.Net;
using System.Text;
using System.Text.Json;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>
/// The gap-analysis slice: the demo's profile and inventory, announced on the broker, gave an analysis by
/// themselves; its ranked, explained gaps are read through the gateway; a new profile and an inventory change
/// flow into a new analysis that records their versions.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class GapAnalysisSliceTests(SuiteFixture fixture)
{
    [Fact]
    public async Task The_demo_analysis_ranks_explained_gaps_readable_through_the_gateway()
    {
        using var summary = await fixture.Gateway.GetJsonAsync("api/v1/gaps/analyses/latest");
        Assert.Equal("2021", summary.RootElement.GetProperty("analysis").GetProperty("hierarchyVersion").GetString());

        using var gaps = await fixture.Gateway.GetJsonAsync("api/v1/gaps/gaps?pageSize=20");
        var items = gaps.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        var priorities = items.Select(g => g.GetProperty("priority").GetDouble()).ToList();
        Assert.Equal(priorities.OrderDescending(), priorities);
        Assert.All(items, g =>
        {
            Assert.False(string.IsNullOrWhiteSpace(g.GetProperty("sentenceFr").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(g.GetProperty("sentenceEn").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(g.GetProperty("rule").GetString()));
        });

        var key = items[0].GetProperty("key").GetString()!;
        using var one = await fixture.Gateway.GetJsonAsync($"api/v1/gaps/gaps/{key}");
        Assert.Equal(key, one.RootElement.GetProperty("gap").GetProperty("key").GetString());
        Assert.False(string.IsNullOrWhiteSpace(one.RootElement.GetProperty("explanationEn").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(one.RootElement.GetProperty("explanationFr").GetString()));

        using var geojson = await fixture.Gateway.GetJsonAsync("api/v1/gaps/access-scores.geojson");
        Assert.Equal("FeatureCollection", geojson.RootElement.GetProperty("type").GetString());

        // The demo's psychiatry agreements report 2026-Q2 delays (generate_estrie_inventory.py, RLS index i = 0…8):
        // P1 5 + i mod 4 days against 7 (beyond for i = 3, 7), P2 24 + 6 (i mod 3) against 30 (beyond for i = 2, 5, 8).
        using var delays = await fixture.Gateway.GetJsonAsync("api/v1/gaps/gaps?rule=agreement-delay-not-met&pageSize=50");
        var delayGaps = delays.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, delayGaps.Count);
        Assert.Equal(2, delayGaps.Count(g => g.GetProperty("key").GetString()!.EndsWith("/P1", StringComparison.Ordinal)));
        Assert.All(delayGaps, g => Assert.Contains("(2026-Q2)", g.GetProperty("sentenceEn").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_profile_and_an_inventory_change_flow_into_a_new_analysis()
    {
        using var before = await fixture.Gateway.GetJsonAsync("api/v1/gaps/analyses/latest");
        var previous = before.RootElement.GetProperty("analysis");
        var previousVersion = previous.GetProperty("version").GetInt64();

        // An inventory change: a new community organisation.
        using var planner = fixture.Client("planner");
        using var created = await planner.PostAsync("api/v1/inventory/organizations", new StringContent(
            """{ "name": "Organisme communautaire e2e (synthétique)", "type": "community-organization", "description": "Créé par le test de bout en bout." }""",
            Encoding.UTF8, "application/json"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var organization = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        // A new profile.
        using var analyst = fixture.Client("analyst");
        using var start = await analyst.PostAsync("api/v1/profiling/profiles/jobs", new StringContent(
            """{ "populationDataset": "msss-estrie", "indicators": ["population", "seniors-75-plus"] }""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var profile = JsonDocument.Parse(await start.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        JsonDocument? latest = null;
        await GatewayJson.EventuallyAsync(async () =>
        {
            latest?.Dispose();
            latest = await fixture.Gateway.GetJsonAsync("api/v1/gaps/analyses/latest");
            var analysis = latest.RootElement.GetProperty("analysis");
            return analysis.GetProperty("version").GetInt64() > previousVersion
                && analysis.GetProperty("profileId").GetGuid() == profile
                && latest.RootElement.GetProperty("inputVersions").GetRawText().Contains(organization.ToString(), StringComparison.OrdinalIgnoreCase);
        }, TimeSpan.FromMinutes(4), "an analysis reading the new profile and the new organisation");

        var newId = latest!.RootElement.GetProperty("analysis").GetProperty("id").GetGuid();
        using var comparison = await fixture.Gateway.GetJsonAsync($"api/v1/gaps/analyses/{newId}/compare?with={previous.GetProperty("id").GetGuid()}");
        Assert.Equal(JsonValueKind.Object, comparison.RootElement.ValueKind);
        latest.Dispose();
    }
}
