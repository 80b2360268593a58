using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

namespace ClinicalProject.ImpactFollowUp.Tests.Api;

/// <summary>
/// A declared evaluation run on constructed series whose effects are known by construction (exact lines, no noise),
/// through the plan's API and through the ad-hoc endpoint.
/// </summary>
public sealed class EvaluationResultTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    // y = 10 + 0.5 t before (t = 0 … 11, Jan–Dec 2024), then a drop of 3 and a slope change of −0.2 per month from January 2025.
    private static readonly double[] Its = [.. Enumerable.Range(0, 24).Select(t => 10 + (0.5 * t) + (t >= 12 ? -3 - (0.2 * (t - 12)) : 0))];

    [Fact]
    public async Task An_interrupted_time_series_recovers_the_constructed_level_and_slope_changes()
    {
        var client = factory.CreateClient();
        await ImportAsync(client, "ITS-X", "E-1", Its);
        var id = await StartAsync(client, "ITS-X", ["E-1"], "interrupted-time-series", comparison: ["E-9"]);

        var results = await client.GetJsonAsync($"/plans/{id}/evaluation-results");
        var outcome = results["outcomes"]![0]!;
        Assert.Equal((1, "2025-01", 24), (results["declarationVersion"]!.GetValue<int>(), outcome["interventionPeriod"]!.GetValue<string>(), outcome["periods"]!.AsArray().Count));
        Assert.Equal(-3, outcome["its"]!["levelChange"]!["value"]!.GetValue<double>(), 1e-9);
        Assert.Equal(-0.2, outcome["its"]!["slopeChange"]!["value"]!.GetValue<double>(), 1e-9);
        Assert.Equal(0.5, outcome["its"]!["preSlope"]!["value"]!.GetValue<double>(), 1e-9);
        Assert.Equal((12, 12), (outcome["its"]!["pointsBefore"]!.GetValue<int>(), outcome["its"]!["pointsAfter"]!.GetValue<int>()));
        Assert.Equal(("level-change", -3.0), (outcome["estimate"]!["measure"]!.GetValue<string>(), outcome["estimate"]!["expected"]!.GetValue<double>()));
        Assert.Equal(-3, outcome["estimate"]!["value"]!.GetValue<double>(), 1e-9);

        var csv = (await client.GetStringAsync($"/plans/{id}/evaluation-results.csv")).Trim().Split('\n');
        Assert.Equal(2, csv.Length);
        Assert.StartsWith($"{id},1,ITS-X,interrupted-time-series,24,2025-01,level-change,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_difference_in_differences_recovers_the_constructed_effect()
    {
        // Comparison 20 + 0.5 t; treated 2 above it before January 2025 and 3 below it after: the effect is −5.
        var client = factory.CreateClient();
        var comparison = Enumerable.Range(0, 24).Select(t => 20 + (0.5 * t)).ToArray();
        await ImportAsync(client, "DID-X", "D-9", comparison);
        await ImportAsync(client, "DID-X", "D-1", [.. comparison.Select((c, t) => c + (t < 12 ? 2 : -3))]);
        var id = await StartAsync(client, "DID-X", ["D-1"], "difference-in-differences", comparison: ["D-9"]);

        var outcome = (await client.GetJsonAsync($"/plans/{id}/evaluation-results"))["outcomes"]![0]!;
        Assert.Equal(-5, outcome["differenceInDifferences"]!["effect"]!["value"]!.GetValue<double>(), 1e-9);
        Assert.Equal(2, outcome["differenceInDifferences"]!["treatment"]!["value"]!.GetValue<double>(), 1e-9);
        Assert.Equal(0.5, outcome["differenceInDifferences"]!["preTrends"]!["comparisonSlope"]!["value"]!.GetValue<double>(), 1e-9);
        Assert.Equal(24, outcome["comparison"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_ad_hoc_endpoint_evaluates_a_series_sent_in_the_request()
    {
        var client = factory.CreateClient();
        var its = await client.SendJsonAsync(HttpMethod.Post, "/evaluate", new { method = "its", values = Its, interventionIndex = 12, errors = "ols" }).OkAsync();
        var chart = await client.SendJsonAsync(HttpMethod.Post, "/evaluate", new { method = "control-chart", chart = "individuals", values = new[] { 98.0, 102, 98, 102, 98, 102 } }).OkAsync();

        Assert.Equal(-3, its["its"]!["levelChange"]!["value"]!.GetValue<double>(), 1e-9);
        Assert.Equal(100, chart["chart"]!["centreLine"]!.GetValue<double>(), 1e-9);
        Assert.Equal(110.64, chart["chart"]!["points"]![0]!["upperLimit"]!.GetValue<double>(), 1e-9);
    }

    [Theory]
    [InlineData("""{"values":[1,2,3,4]}""", "method")]
    [InlineData("""{"method":"its","values":[1,2,3],"interventionIndex":2}""", "interventionIndex,values")]
    [InlineData("""{"method":"its","values":[1,"NaN",3,4,5],"interventionIndex":2}""", "values[1]")]
    [InlineData("""{"method":"did","values":[1,2,3,4],"comparison":[1,2],"interventionIndex":2,"errors":"newey-west"}""", "comparison,errors")]
    [InlineData("""{"method":"control-chart","chart":"u","values":[1,2,3],"denominators":[10,0,10]}""", "denominators[1]")]
    [InlineData("""{"method":"control-chart","chart":"p","values":[1,20,3],"denominators":[10,10,10]}""", "values[1]")]
    [InlineData("""{"method":"control-chart","values":[1,2,3]}""", "chart")]
    [InlineData("""{"method":"its","values":"many"}""", "values")]
    public async Task Bad_ad_hoc_input_gets_a_problem_naming_the_field(string body, string fields)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/evaluate", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(fields.Split(','), await response.ProblemFieldsAsync());
    }

    private static Task ImportAsync(HttpClient client, string code, string territory, double[] values) =>
        client.SendJsonAsync(HttpMethod.Post, "/series/values", new
        {
            entries = values.Select((v, t) => new { indicator = code, territory, period = $"{2024 + (t / 12)}-{(t % 12) + 1:D2}", value = v, source = "constructed" }).ToArray(),
        }).OkAsync();

    private static async Task<Guid> StartAsync(HttpClient client, string code, string[] territories, string design, string[] comparison)
    {
        var plan = Samples.Plan($"Evaluated {code}", indicators: [Samples.Indicator(code, baseline: 15, target: 10, comparison: comparison)], territories: territories);
        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", plan).OkAsync())["id"]!.GetValue<Guid>();
        var evaluation = new
        {
            design,
            outcomes = new[] { code },
            interventionDate = "2025-01-01",
            expectedEffect = new { measure = design == "difference-in-differences" ? "difference-in-differences" : "level-change", size = -3.0 },
        };
        await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status", Samples.Start(evaluation), "\"1\"").OkAsync();
        return id;
    }
}
