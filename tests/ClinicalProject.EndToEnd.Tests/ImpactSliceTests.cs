using System.Text.Json;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>
/// The impact slice: the proximity case (SYNTHETIC), loaded by the demo loader through the gateway, evaluated by the
/// controlled interrupted time series declared when the plan started, checked against statsmodels' fit of the same
/// files (services/ImpactFollowUp/…/DemoData/proximity-cits-reference.json), with its statuses and alerts.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class ImpactSliceTests(SuiteFixture fixture)
{
    [Fact]
    public async Task The_proximity_plan_is_evaluated_through_the_gateway_as_statsmodels_fits_it()
    {
        using var plans = await fixture.Gateway.GetJsonAsync("api/v1/impact/plans?pageSize=100");
        var plan = plans.RootElement.GetProperty("items").EnumerateArray()
            .Single(p => p.GetProperty("reference").GetString() == "demo-proximity-sherbrooke-synthetic-v1");
        var id = plan.GetProperty("id").GetGuid();

        using var results = await fixture.Gateway.GetJsonAsync($"api/v1/impact/plans/{id}/evaluation-results");
        var outcomes = results.RootElement.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("indicator").GetString()!);
        using var reference = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "DemoData", "proximity-cits-reference.json")));
        Assert.Equal(4, outcomes.Count);
        foreach (var expected in reference.RootElement.GetProperty("outcomes").EnumerateObject())
        {
            var estimate = outcomes[expected.Name].GetProperty("estimate");
            var levelChange = expected.Value.GetProperty("levelChange");
            Assert.Equal(levelChange.GetProperty("value").GetDouble(), estimate.GetProperty("value").GetDouble(), 1e-6);
            Assert.Equal(levelChange.GetProperty("pValue").GetDouble(), estimate.GetProperty("pValue").GetDouble(), 1e-6);
        }

        using var alerts = await fixture.Gateway.GetJsonAsync($"api/v1/impact/alerts?planId={id}");
        Assert.Contains("POLICE_INTERVENTIONS", alerts.RootElement.GetRawText(), StringComparison.Ordinal);
        using var chart = await fixture.Gateway.GetJsonAsync($"api/v1/impact/plans/{id}/indicators/ER_VISITS/chart");
        Assert.Equal(JsonValueKind.Object, chart.RootElement.ValueKind);
    }
}
