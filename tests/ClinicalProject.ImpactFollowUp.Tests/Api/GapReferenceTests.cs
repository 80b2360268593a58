using System.Net;
using ClinicalProject.Contracts;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Tests.Api;

/// <summary>
/// A plan's gap references are checked against the gaps this service has learnt from GapAnalysisCompleted (claim
/// check: fetched from a stand-in for gap analysis's API); a gap a later analysis no longer finds stays linked, closed.
/// </summary>
public sealed class GapReferenceTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    private const string Near = "accessibility/no-service-within-reach/2/0511";
    private const string Far = "accessibility/no-service-within-reach/2/0512";

    [Fact]
    public async Task A_plan_names_only_known_gaps_and_a_gap_closed_by_a_later_analysis_stays_linked_as_closed()
    {
        var client = factory.CreateClient();
        var calls = factory.Gaps.Calls;
        await AnalysisAsync(101, StubGapAnalysis.Gap(Near, "0511"), StubGapAnalysis.Gap(Far, "0512"));

        var refused = await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Gap plan",
            gaps: [Samples.Gap(Near, "101"), Samples.Gap("capacity/under-capacity/2/0511", "101"), Samples.Gap(Near, "99"), Samples.Gap(Near, "v101")]));

        Assert.Equal(["gaps[1]", "gaps[2]", "gaps[3].analysisVersion"], await refused.ProblemFieldsAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Plans.CountAsync(p => p.Title == "Gap plan")));

        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Gap plan", gaps: [Samples.Gap(Near, "101"), Samples.Gap(Far, "101")])).OkAsync())["id"]!.GetValue<Guid>();
        Assert.Equal([(Near, "open", 101L), (Far, "open", 101L)], await StatesAsync(client, id));

        // Analysis 102 no longer finds the gap near 0511: the plan keeps the link and reads it as closed in 102.
        await AnalysisAsync(102, StubGapAnalysis.Gap(Far, "0512"));
        var gaps = (await client.GetJsonAsync($"/plans/{id}/gaps")).AsArray();
        Assert.Equal([(Near, "closed", 101L), (Far, "open", 102L)], await StatesAsync(client, id));
        Assert.Equal((102L, 101L, "No service within reach in 0511."),
            (gaps[0]!["closedInAnalysisVersion"]!.GetValue<long>(), gaps[0]!["lastSeenInAnalysisVersion"]!.GetValue<long>(), gaps[0]!["sentenceEn"]!.GetValue<string>()));
        Assert.Equal(2, (await client.GetJsonAsync($"/plans/{id}"))["gaps"]!.AsArray().Count);

        // A change keeps the references it holds (the closed one too) and checks the ones it adds.
        var unknown = await client.SendJsonAsync(HttpMethod.Put, $"/plans/{id}",
            Samples.Plan("Gap plan", gaps: [Samples.Gap(Near, "101"), Samples.Gap(Far, "101"), Samples.Gap(Near, "102")]), "\"1\"");
        Assert.Equal(["gaps[2]"], await unknown.ProblemFieldsAsync());
        await client.SendJsonAsync(HttpMethod.Put, $"/plans/{id}",
            Samples.Plan("Gap plan, renamed", gaps: [Samples.Gap(Near, "101"), Samples.Gap(Far, "102")]), "\"1\"").OkAsync();
        Assert.Equal(calls + 2, factory.Gaps.Calls); // one fetch per analysis
    }

    [Fact]
    public async Task The_same_analysis_announced_twice_is_fetched_once()
    {
        var calls = factory.Gaps.Calls;
        var analysis = Guid.NewGuid();
        factory.Gaps.Serve(analysis, StubGapAnalysis.Gap("equity/deprived-underserved/2/0601", "0601"));
        var message = new GapAnalysisCompleted(analysis, 50, Guid.NewGuid(), 1, "inv", "h", 1, DateTimeOffset.UtcNow);

        await factory.Harness.Bus.Publish(message);
        Assert.True(await ImpactApiFactory.EventuallyAsync(() => factory.WithDbAsync(db => db.KnownAnalyses.AnyAsync(a => a.AnalysisId == analysis))));
        await factory.Harness.Bus.Publish(message); // another message id: the inbox lets it in, the analysis is known

        Assert.True(await ImpactApiFactory.EventuallyAsync(() => Task.FromResult(
            factory.Harness.Consumed.Select<GapAnalysisCompleted>().Count(c => c.Context.Message.AnalysisId == analysis) == 2)));
        Assert.Equal(calls + 1, factory.Gaps.Calls);
        Assert.Equal(1, await factory.WithDbAsync(db => db.KnownGaps.CountAsync(g => g.AnalysisVersion == 50)));
    }

    private async Task AnalysisAsync(long version, params ClinicalProject.ImpactFollowUp.Gaps.GapSummary[] gaps)
    {
        var analysis = Guid.NewGuid();
        factory.Gaps.Serve(analysis, gaps);
        await factory.Harness.Bus.Publish(new GapAnalysisCompleted(analysis, version, Guid.NewGuid(), 1, "inv", "h", gaps.Length, DateTimeOffset.UtcNow));
        Assert.True(await ImpactApiFactory.EventuallyAsync(() => factory.WithDbAsync(db => db.KnownAnalyses.AnyAsync(a => a.Version == version))));
    }

    private static async Task<List<(string, string, long)>> StatesAsync(HttpClient client, Guid id) =>
        (await client.GetJsonAsync($"/plans/{id}/gaps")).AsArray()
        .Select(g => (g!["gapId"]!.GetValue<string>(), g["state"]!.GetValue<string>(), g["lastSeenInAnalysisVersion"]!.GetValue<long>())).ToList();
}
