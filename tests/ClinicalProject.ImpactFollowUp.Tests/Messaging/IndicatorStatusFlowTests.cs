using System.Globalization;
using System.Text;
using ClinicalProject.Contracts;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

namespace ClinicalProject.ImpactFollowUp.Tests.Messaging;

/// <summary>
/// Values arriving for a plan in progress re-assess its indicators; a change to off track publishes IndicatorOffTrack
/// through the outbox and appears in the alert list. Baseline: 12 months alternating 98 and 102 (x̄ = 100, every
/// moving range 4, so the XmR limits are 100 ± 2.66 × 4 = 89.36 and 110.64).
/// </summary>
public sealed class IndicatorStatusFlowTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    [Fact]
    public async Task Values_moving_away_from_the_target_beyond_the_limits_put_the_indicator_off_track_and_raise_an_alert()
    {
        var client = factory.CreateClient();
        var id = await StartedPlanAsync(client, "WORSE", "N-1");
        Assert.Equal("not-assessed", (await IndicatorAsync(client, id))["status"]!.GetValue<string>());

        await client.PostCsvAsync("/imports/series?source=registry", Csv("WORSE", "N-1", 2025, [115, 116, 117, 118, 119, 120])).OkAsync();

        var indicator = await IndicatorAsync(client, id);
        Assert.Equal("off-track", indicator["status"]!.GetValue<string>());
        var alert = await factory.WaitForPublishedAsync<IndicatorOffTrack>(e => e.PlanId == id && e.IndicatorCode == "WORSE");
        Assert.NotNull(alert);
        var alerts = (await client.GetJsonAsync($"/alerts?planId={id}")).AsArray();
        Assert.Equal((alert.AlertId, "off-track", "not-assessed"), (alerts.Single()!["id"]!.GetValue<Guid>(), alerts[0]!["to"]!.GetValue<string>(), alerts[0]!["from"]!.GetValue<string>()));

        var chart = await client.GetJsonAsync($"/plans/{id}/indicators/WORSE/chart");
        Assert.Equal(("individuals", 12, "2025-01"), (chart["chartKind"]!.GetValue<string>(), chart["chartBaselinePoints"]!.GetValue<int>(), chart["planStartPeriod"]!.GetValue<string>()));
        var first = chart["points"]![0]!;
        Assert.Equal(100, first["centreLine"]!.GetValue<double>(), 1e-9);
        Assert.Equal(110.64, first["upperLimit"]!.GetValue<double>(), 1e-9);
        Assert.Equal(89.36, first["lowerLimit"]!.GetValue<double>(), 1e-9);
        Assert.True(chart["points"]![12]!["beyondLimits"]!.GetValue<bool>());
        // The target 80 lies below the lower limit 89.36, on the good side: the old process would consistently miss it;
        // the latest point (120) is above the upper limit, where lower is better: a concern.
        Assert.Equal(("consistently-missed", "special-cause-concern", 80.0),
            (chart["assurance"]!.GetValue<string>(), chart["latestVariation"]!.GetValue<string>(), chart["targetOnChartScale"]!.GetValue<double>()));

        // Another bad value while already off track raises no second alert.
        await client.PostCsvAsync("/imports/series?source=registry", Csv("WORSE", "N-1", 2025, [115, 116, 117, 118, 119, 120, 121])).OkAsync();
        Assert.Single((await client.GetJsonAsync($"/alerts?planId={id}")).AsArray());
    }

    [Fact]
    public async Task Values_heading_for_the_target_are_on_track_and_raise_no_alert()
    {
        var client = factory.CreateClient();
        var id = await StartedPlanAsync(client, "BETTER", "N-2");

        // −2 a month from 95: 85 in June 2025; extended 18 months to December 2026: 49, below the target 80.
        await client.PostCsvAsync("/imports/series?source=registry", Csv("BETTER", "N-2", 2025, [95, 93, 91, 89, 87, 85])).OkAsync();

        var indicator = await IndicatorAsync(client, id);
        Assert.Equal("on-track", indicator["status"]!.GetValue<string>());
        Assert.Equal(49, indicator["projectedValue"]!.GetValue<double>(), 1e-9);
        Assert.Equal(85, indicator["latestValue"]!.GetValue<double>());
        Assert.Empty((await client.GetJsonAsync($"/alerts?planId={id}")).AsArray());
        var csv = await client.GetStringAsync("/scorecard.csv");
        Assert.Contains($"{id},Status BETTER,2,in-progress,BETTER,", csv, StringComparison.Ordinal);
    }

    private async Task<Guid> StartedPlanAsync(HttpClient client, string code, string territory)
    {
        await client.PostCsvAsync("/imports/series?source=registry", Csv(code, territory, 2024, [.. Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? 98.0 : 102.0)])).OkAsync();
        var plan = Samples.Plan($"Status {code}", indicators: [Samples.Indicator(code, baseline: 100, target: 80)], territories: [territory]);
        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", plan).OkAsync())["id"]!.GetValue<Guid>();
        await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status", Samples.Start(Samples.Evaluation(outcomes: [code])), "\"1\"").OkAsync();
        return id;
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> IndicatorAsync(HttpClient client, Guid id) =>
        (await client.GetJsonAsync("/scorecard")).AsArray().Single(p => p!["id"]!.GetValue<Guid>() == id)!["indicators"]![0]!;

    private static string Csv(string code, string territory, int year, double[] values)
    {
        var csv = new StringBuilder("indicator,territory,period,value\n");
        for (var i = 0; i < values.Length; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{code},{territory},{year + (i / 12)}-{(i % 12) + 1:D2},{values[i]}\n");
        }

        return csv.ToString();
    }
}
