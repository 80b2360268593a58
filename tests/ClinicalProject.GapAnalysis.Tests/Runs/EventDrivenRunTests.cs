using System.Net;
using System.Net.Http.Json;
using ClinicalProject.Contracts;
using ClinicalProject.GapAnalysis.Tests.Infrastructure;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Tests.Runs;

/// <summary>
/// Events → one debounced run → a stored, versioned analysis → the dashboards' API, on the hand-worked
/// <see cref="TestWorld"/>. Expected figures are worked out in <see cref="TestWorld"/>'s comment and below.
/// </summary>
public sealed class EventDrivenRunTests(GapAnalysisApiFactory factory) : IClassFixture<GapAnalysisApiFactory>
{
    [Fact]
    public async Task A_burst_of_events_gives_one_analysis_whose_gaps_scores_and_comparisons_are_the_hand_worked_ones()
    {
        var client = await factory.CreateSeededClientAsync();
        factory.Sources.ServeProfile(TestWorld.Profile());
        var bus = factory.Harness.Bus;
        await bus.Publish(new PopulationProfileComputed(TestWorld.ProfileId, 1, TestWorld.Hierarchy, "pop-2021", ["premature-mortality"], [2021], DateTimeOffset.UtcNow));
        await bus.Publish(new ResourceInventoryChanged([new InventoryChange("site", TestWorld.Site1, 1, "created")], DateTimeOffset.UtcNow));
        await bus.Publish(new ResourceInventoryChanged([new InventoryChange("capacity", TestWorld.Capacity1, 1, "created")], DateTimeOffset.UtcNow));

        Assert.True(await Http.WaitForAsync(async () => (await client.GetJsonAsync("/analyses"))["totalCount"]!.GetValue<int>() >= 1), "no analysis ran");
        await Task.Delay(TimeSpan.FromSeconds(2 * GapAnalysisApiFactory.DebounceSeconds));
        Assert.Equal(1, (await client.GetJsonAsync("/analyses"))["totalCount"]!.GetValue<int>());
        Assert.Equal(1, factory.Sources.ProfileReads);
        Assert.Equal(0, await factory.WithDbAsync(db => db.InputChanges.CountAsync(c => c.ConsumedBy == null)));
        var completed = factory.Harness.Published.Select<GapAnalysisCompleted>().Single().Context.Message;
        Assert.Equal((1L, TestWorld.ProfileId, 1L, "inv-1", 5), (completed.AnalysisVersion, completed.ProfileId, completed.ProfileVersion, completed.InventoryVersion, completed.GapCount));

        // Priorities: every 0512 gap is severity 1 × 2,000 people × deprivation weight 2 (Q5) = 4,000; the quality gap of
        // 0511 is 0.5 (worse at 95 %) × 2,000 × 1 (Q1) = 1,000. Ties rank by key.
        var gaps = (await client.GetJsonAsync("/gaps"))["items"]!.AsArray();
        Assert.Equal(
            [
                "accessibility/access-far-below-region/8/0512", "accessibility/no-service-within-reach/8/0512", "capacity/capacity-below-need/8/0512",
                "continuity/continuum-level-missing/8/0512/first-line", "quality/worse-than-benchmark/8/0511/premature-mortality",
            ],
            gaps.Select(g => g!["key"]!.GetValue<string>()).ToArray());
        Assert.Equal([4000.0, 4000, 4000, 4000, 1000], gaps.Select(g => Math.Round(g!["priority"]!.GetValue<double>(), 9)).ToArray());
        Assert.Equal(["Équipe mobile"], gaps[1]!["suggestions"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        Assert.Empty(gaps[2]!["suggestions"]!.AsArray()); // the model addresses accessibility and continuity, not capacity
        Assert.Equal(0.0025, gaps[0]!["figures"]!["regionAccessScore"]!.GetValue<double>(), 12);
        Assert.Equal("Territoire 0512", gaps[0]!["territoryNameFr"]!.GetValue<string>());

        var filtered = await client.GetJsonAsync("/gaps?territory=0511&type=quality");
        Assert.Equal(1, filtered["totalCount"]!.GetValue<int>());
        var detail = await client.GetJsonAsync("/gaps/continuity/continuum-level-missing/8/0512/first-line");
        Assert.Contains("Priority = severity 1 × people affected 2000 × deprivation weight 2 (mean material deprivation quintile 5) × program weight 1 = 4000",
            detail["explanationEn"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("première ligne", detail["gap"]!["sentenceFr"]!.GetValue<string>(), StringComparison.Ordinal);

        // Access scores: 0511 = 0.005 (both DAs), 0512 = 0; Σ P·A = 2,000 × 0.005 = 10 = the supply reached.
        var scores = (await client.GetJsonAsync("/access-scores?program=8"))["items"]!.AsArray();
        Assert.Equal([("0511", 0.005), ("0512", 0.0)], scores.Select(s => (s!["territory"]!.GetValue<string>(), Math.Round(s["score"]!.GetValue<double>(), 12))));
        var areas = (await client.GetJsonAsync("/access-scores?program=8&level=da"))["items"]!.AsArray();
        Assert.Equal([0.005, 0.005, 0.0], areas.Select(s => Math.Round(s!["score"]!.GetValue<double>(), 12)));
        var summary = await client.GetJsonAsync("/analyses/latest");
        var program = summary["summary"]!["programs"]![0]!;
        Assert.Equal(10, program["demandWeightedAccess"]!.GetValue<double>(), 9);
        Assert.Equal(10, program["totalSupplyReached"]!.GetValue<double>(), 9);
        Assert.Equal(2000, program["populationWithoutService"]!.GetValue<double>());
        Assert.Equal(5, summary["gapsByProgram"]!["8"]!.GetValue<int>());
        Assert.Equal("inv-1", summary["inputVersions"]!["inventory"]!["version"]!.GetValue<string>());

        var csv = await client.GetStringAsync("/access-scores.csv?program=8");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("8,0511,rls,Territoire 0511,Territory 0511,2000,2000,0.005,0,45.05,-72", lines[1], StringComparison.Ordinal);
        var geo = await client.GetJsonAsync("/access-scores.geojson?program=8");
        Assert.Equal([-72.0, 45.05], geo["features"]![0]!["geometry"]!["coordinates"]!.AsArray().Select(c => c!.GetValue<double>()));

        // A change of the inventory (a 2-FTE site on d3) gives a second analysis. 2SFCA: R₂ = 2 / 2,000, so A(d3) = 0.001; the
        // region's score (0.005 × 2,000 + 0.001 × 2,000) / 4,000 = 0.003; 0512 is below half of it: severity 1 − 0.001/0.0015 = 1/3,
        // priority 1/3 × 2,000 × 2. Capacity: 2/2,000 against 0.8 × 12/4,000: severity 1 − 0.001/0.0024 = 7/12; uncovered users
        // 2,000 − 2/0.003 = 4,000/3; priority 7/12 × 4,000/3 × 2. No-service and continuity gaps close.
        factory.Sources.ServeInventory(TestWorldChanges.InventoryWithSecondSite());
        await bus.Publish(new ResourceInventoryChanged([new InventoryChange("site", TestWorldChanges.Site2, 1, "created")], DateTimeOffset.UtcNow));
        Assert.True(await Http.WaitForAsync(async () => (await client.GetJsonAsync("/analyses"))["totalCount"]!.GetValue<int>() == 2), "no second analysis");
        var first = (await client.GetJsonAsync("/analyses?pageSize=5"))["items"]![1]!["id"]!.GetValue<Guid>();
        var comparison = await client.GetJsonAsync($"/analyses/{first}/compare?with=latest");
        Assert.Empty(comparison["opened"]!.AsArray());
        Assert.Equal(["accessibility/no-service-within-reach/8/0512", "continuity/continuum-level-missing/8/0512/first-line"],
            comparison["closed"]!.AsArray().Select(g => g!["key"]!.GetValue<string>()).Order());
        var changed = comparison["changed"]!.AsArray().ToDictionary(c => c!["key"]!.GetValue<string>(), c => c!["after"]!["priority"]!.GetValue<double>());
        Assert.Equal(2, changed.Count);
        Assert.Equal(2000.0 * 2 / 3, changed["accessibility/access-far-below-region/8/0512"], 6);
        Assert.Equal(7.0 / 12 * 4000 / 3 * 2, changed["capacity/capacity-below-need/8/0512"], 6);
        Assert.Equal(1, comparison["unchanged"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_scenario_answers_new_scores_and_gaps_beside_the_analysis_and_changes_nothing()
    {
        await using var own = new GapAnalysisApiFactory();
        var client = await own.CreateClientWithAnalysisAsync();

        // Opening a 10-FTE site on d3: R = 10 / 2,000 = 0.005 there too, every area scores 0.005, capacity per user is even,
        // and the first line is within reach of 0512: only the quality gap stays.
        using var response = await client.PostAsJsonAsync("/analyses/latest/scenarios", new
        {
            changes = new[] { new { kind = "open-site", latitude = 46.0, longitude = -72.0, program = 8, amount = 10.0 } },
        });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        var score = body["scores"]!.AsArray().Single(s => s!["territory"]!.GetValue<string>() == "0512")!;
        Assert.Equal((0.0, 0.005), (score["current"]!.GetValue<double>(), Math.Round(score["scenario"]!.GetValue<double>(), 12)));
        Assert.Equal(4, body["gaps"]!["closed"]!.AsArray().Count);
        Assert.Equal(1, body["gaps"]!["unchanged"]!.GetValue<int>());
        Assert.Equal(1, (await client.GetJsonAsync("/analyses"))["totalCount"]!.GetValue<int>());
        Assert.Equal(5, (await client.GetJsonAsync("/gaps"))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Without_a_profile_a_requested_run_is_a_conflict_and_stores_nothing()
    {
        await using var own = new GapAnalysisApiFactory();
        var client = await own.CreateSeededClientAsync();
        using var response = await client.PostAsync("/analyses", null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("no computed profile", (await response.ReadJsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetJsonAsync("/analyses"))["totalCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/gaps")).StatusCode);
    }
}
