using System.Net;
using System.Text;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

namespace ClinicalProject.ImpactFollowUp.Tests.DemoData;

/// <summary>
/// The proximity demo (SYNTHETIC) loaded with the documented sequence of calls, twice: the second load changes
/// nothing, and the declared controlled ITS finds the reduction the generator built into the treated neighbourhoods
/// (ER visits −12 % and falling, police interventions unchanged), with the same coefficients as statsmodels.
/// </summary>
public sealed class ProximityDemoTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "DemoData");

    [Fact]
    public async Task The_demo_loads_evaluates_and_loads_again_without_change()
    {
        var client = factory.CreateClient();
        var first = await LoadAsync(client);
        var second = await LoadAsync(client);

        Assert.Equal(first.PlanId, second.PlanId);
        Assert.Equal((7, 1008, 672), (first.Traits, first.Before, first.After));
        Assert.Equal((0, 0, 0), (second.Traits, second.Before, second.After));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.PlanStatus, second.PlanStatus));

        var declarations = (await client.GetJsonAsync($"/plans/{first.PlanId}/evaluations")).AsArray();
        Assert.Equal(0, declarations.Single()!["postInterventionPointsSeen"]!.GetValue<int>()); // declared before any result

        var outcomes = (await client.GetJsonAsync($"/plans/{first.PlanId}/evaluation-results"))["outcomes"]!.AsArray();
        Assert.Equal(["ER_VISITS", "HOSPITALISATIONS", "POLICE_INTERVENTIONS", "AMBULANCE_CALLS"], outcomes.Select(o => o!["indicator"]!.GetValue<string>()));
        Assert.All(outcomes, o => Assert.Equal((60, 36, 24), (o!["periods"]!.AsArray().Count, o["controlledIts"]!["difference"]!["pointsBefore"]!.GetValue<int>(), o["controlledIts"]!["difference"]!["pointsAfter"]!.GetValue<int>())));
        var er = outcomes[0]!["estimate"]!;
        Assert.True(er["upperCi"]!.GetValue<double>() < 0, $"ER visits: the built-in drop should be found, got {er}");
        var police = outcomes[2]!["estimate"]!;
        Assert.True(police["lowerCi"]!.GetValue<double>() < 0 && police["upperCi"]!.GetValue<double>() > 0, $"police: no effect was built in, got {police}");

        // The service's controlled ITS against statsmodels on the same files (reference_proximity_cits.py), to 1e-8 relative.
        var reference = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "proximity-cits-reference.json")))!;
        foreach (var outcome in outcomes)
        {
            var difference = outcome!["controlledIts"]!["difference"]!;
            Assert.Equal(reference["lag"]!.GetValue<int>(), difference["lag"]!.GetValue<int>());
            foreach (var (name, expected) in reference["outcomes"]![outcome["indicator"]!.GetValue<string>()]!.AsObject())
            {
                foreach (var field in new[] { "value", "standardError", "pValue", "lowerCi", "upperCi" })
                {
                    var want = expected![field]!.GetValue<double>();
                    var got = difference[name]![field]!.GetValue<double>();
                    // A limit is value ± q·SE: its error is SE times the t quantile's (about 1.4e-9 here), so it is scaled by the SE.
                    var scale = field is "lowerCi" or "upperCi" ? Math.Max(Math.Abs(want), expected["standardError"]!.GetValue<double>()) : Math.Abs(want);
                    Assert.True(Math.Abs(got - want) <= 1e-8 * Math.Max(1, scale), $"{outcome["indicator"]} {name}.{field}: {got} vs statsmodels {want}");
                }
            }
        }

        var scorecard = (await client.GetJsonAsync("/scorecard")).AsArray().Single(p => p!["id"]!.GetValue<Guid>() == first.PlanId)!;
        Assert.All(scorecard["indicators"]!.AsArray(), i => Assert.NotEqual("not-assessed", i!["status"]!.GetValue<string>()));
        var offTrack = scorecard["indicators"]!.AsArray().Where(i => i!["status"]!.GetValue<string>() == "off-track").Select(i => i!["code"]!.GetValue<string>()).Order();
        var alerted = (await client.GetJsonAsync($"/alerts?planId={first.PlanId}")).AsArray().Select(a => a!["indicatorCode"]!.GetValue<string>()).Order();
        Assert.Equal(offTrack, alerted);

        var chart = await client.GetJsonAsync($"/plans/{first.PlanId}/indicators/ER_VISITS/chart");
        Assert.Equal(("u", 36, 60), (chart["chartKind"]!.GetValue<string>(), chart["chartBaselinePoints"]!.GetValue<int>(), chart["points"]!.AsArray().Count));
    }

    private sealed record Loaded(Guid PlanId, HttpStatusCode PlanStatus, int Traits, int Before, int After);

    /// <summary>The loader's sequence (services/ImpactFollowUp/README.md, "Proximity demo").</summary>
    private static async Task<Loaded> LoadAsync(HttpClient client)
    {
        var traits = await client.SendAsync(Json(HttpMethod.Put, "/territory-traits", "proximity-traits.json")).OkAsync();
        var before = await client.PostCsvAsync("/imports/series", await File.ReadAllTextAsync(Path.Combine(Folder, "proximity-series-before.csv"))).OkAsync();
        var plan = await client.SendAsync(Json(HttpMethod.Post, "/plans", "proximity-plan.json"));
        var body = await plan.ReadJsonAsync();
        Assert.True(plan.IsSuccessStatusCode, body.ToJsonString());
        var id = body["id"]!.GetValue<Guid>();
        var start = Json(HttpMethod.Post, $"/plans/{id}/status", "proximity-start.json");
        start.Headers.TryAddWithoutValidation("If-Match", plan.Headers.ETag!.ToString());
        await client.SendAsync(start).OkAsync();
        var after = await client.PostCsvAsync("/imports/series", await File.ReadAllTextAsync(Path.Combine(Folder, "proximity-series-after.csv"))).OkAsync();
        return new Loaded(id, plan.StatusCode, traits["added"]!.GetValue<int>() + traits["corrected"]!.GetValue<int>(),
            before["added"]!.GetValue<int>() + before["corrected"]!.GetValue<int>(), after["added"]!.GetValue<int>() + after["corrected"]!.GetValue<int>());
    }

    private static HttpRequestMessage Json(HttpMethod method, string route, string file) =>
        new(method, route) { Content = new StringContent(File.ReadAllText(Path.Combine(Folder, file)), Encoding.UTF8, "application/json") };
}
