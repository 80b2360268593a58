using System.Net;
using System.Text;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

namespace ClinicalProject.ImpactFollowUp.Tests.DemoData;

/// <summary>
/// The proximity demo (SYNTHETIC) loaded with the documented sequence of calls, twice: the second load changes
/// nothing, and the declared controlled ITS finds the reduction the generator built into the treated neighbourhoods
/// (ER visits −12 % and falling, police interventions unchanged).
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
