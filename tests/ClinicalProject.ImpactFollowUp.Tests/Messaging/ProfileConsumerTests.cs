using ClinicalProject.Contracts;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Tests.Messaging;

/// <summary>
/// PopulationProfileComputed (claim check): the figures of the indicators plans follow are fetched from profiling
/// and recorded as yearly values, once per message (inbox); a later profile with a changed figure is a correction.
/// </summary>
public sealed class ProfileConsumerTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    [Fact]
    public async Task Followed_indicators_are_fetched_and_recorded_once_per_message_and_a_changed_figure_is_a_new_revision()
    {
        var client = factory.CreateClient();
        await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Profiled", indicators: [Samples.Indicator("PROF", baselinePeriod: "2022")], territories: ["P-1"])).OkAsync();
        var profile = Guid.NewGuid();
        factory.Profiling.Serve(profile,
        [
            new ProfileFigure("PROF", 2021, "P-1", null, 55, 10_000, 5.5),
            new ProfileFigure("PROF", 2022, "P-1", null, 60, 10_000, 6.0),
            new ProfileFigure("PROF", 2023, "P-1", null, null, 10_000, null), // suppressed: not recorded
            new ProfileFigure("OTHER", 2022, "P-1", null, 1, 10, 0.1),
        ]);
        var messageId = NewId.NextGuid();
        var message = new PopulationProfileComputed(profile, 7, "h", "d", ["PROF", "OTHER"], [2021, 2022, 2023], DateTimeOffset.UtcNow);

        await factory.Harness.Bus.Publish(message, c => c.MessageId = messageId);
        Assert.True(await ImpactApiFactory.EventuallyAsync(async () => (await PointsAsync(client, "PROF")).Count == 2));
        Assert.Equal(1, factory.Profiling.Calls); // OTHER is followed by no plan: not fetched
        Assert.Empty(await PointsAsync(client, "OTHER"));
        var points = await PointsAsync(client, "PROF");
        Assert.Equal([("2021", 5.5, 1, "population-profiling"), ("2022", 6.0, 1, "population-profiling")],
            points.Select(p => (p!["period"]!.GetValue<string>(), p["value"]!.GetValue<double>(), p["revision"]!.GetValue<int>(), p["source"]!.GetValue<string>())));

        // The same message again (a redelivery) is recognised by its id before anything is fetched; a new profile is fetched.
        await factory.Harness.Bus.Publish(message, c => c.MessageId = messageId);
        var corrected = Guid.NewGuid();
        factory.Profiling.Serve(corrected, [new ProfileFigure("PROF", 2021, "P-1", null, 55, 10_000, 5.5), new ProfileFigure("PROF", 2022, "P-1", null, 65, 10_000, 6.5)]);
        await factory.Harness.Bus.Publish(message with { ProfileId = corrected, ProfileVersion = 8 });
        Assert.True(await ImpactApiFactory.EventuallyAsync(async () => (await PointsAsync(client, "PROF")).Any(p => p!["revision"]!.GetValue<int>() == 2)));
        Assert.Equal(3, await factory.WithDbAsync(db => db.SeriesValues.CountAsync(v => v.IndicatorCode == "PROF")));
        Assert.Equal(2, factory.Profiling.Calls);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<ClinicalProject.Messaging.Inbox.InboxMessage>().CountAsync(m => m.MessageId == messageId)));
    }

    private static async Task<List<System.Text.Json.Nodes.JsonNode?>> PointsAsync(HttpClient client, string indicator) =>
        (await client.GetJsonAsync($"/series?indicator={indicator}&territory=P-1"))["points"]!.AsArray().ToList();
}
