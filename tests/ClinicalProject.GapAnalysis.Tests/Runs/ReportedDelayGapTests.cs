using System.Text.Json.Nodes;
using ClinicalProject.GapAnalysis.Tests.Infrastructure;

namespace ClinicalProject.GapAnalysis.Tests.Runs;

/// <summary>A delay the inventory reports beyond an agreement's maximum becomes a continuity gap naming the period.</summary>
public sealed class ReportedDelayGapTests
{
    private static readonly Guid Partner = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid AgreementId = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000002");

    [Fact]
    public async Task A_reported_delay_beyond_the_maximum_is_a_gap_and_one_within_it_is_not()
    {
        await using var factory = new GapAnalysisApiFactory();
        var inventory = TestWorld.Inventory();
        inventory["organizations"]!.AsArray().Add(new JsonObject { ["id"] = Partner, ["version"] = 1, ["name"] = "Partenaire" });
        inventory["agreements"]!.AsArray().Add(new JsonObject
        {
            ["id"] = AgreementId, ["version"] = 1, ["title"] = "Entente santé mentale", ["program"] = 8,
            ["parties"] = new JsonArray(
                new JsonObject { ["organizationId"] = TestWorld.Organization, ["role"] = "provider" },
                new JsonObject { ["organizationId"] = Partner, ["role"] = "requester" }),
            ["maximumDelays"] = new JsonArray(new JsonObject { ["priority"] = "P1", ["days"] = 3 }, new JsonObject { ["priority"] = "P2", ["days"] = 30 }),
            ["reportedDelays"] = new JsonArray(
                new JsonObject { ["priority"] = "P1", ["period"] = "2026-Q2", ["days"] = 2.5, ["source"] = null },
                new JsonObject { ["priority"] = "P2", ["period"] = "2026-Q2", ["days"] = 41, ["source"] = "GACO" }),
        });
        factory.Sources.ServeInventory(inventory);
        var client = await factory.CreateClientWithAnalysisAsync();

        var gaps = (await client.GetJsonAsync("/gaps?type=continuity"))["items"]!.AsArray();
        var delay = Assert.Single(gaps, g => g!["rule"]!.GetValue<string>() == "agreement-delay-not-met")!;
        Assert.Equal($"continuity/agreement-delay-not-met/8/*/{AgreementId:N}/P2", delay["key"]!.GetValue<string>());
        // Severity (41 − 30) / 30; the people are those of the territories reaching a party (0511's 2,000: 0512 reaches no site).
        Assert.Equal(11.0 / 30, delay["severity"]!.GetValue<double>(), 12);
        Assert.Equal(2000, delay["peopleAffected"]!.GetValue<double>());
        Assert.Equal(41, delay["figures"]!["reportedDelayDays"]!.GetValue<double>());
        Assert.Equal(30, delay["thresholds"]!["maximumDelayDays"]!.GetValue<double>());
        Assert.Contains("41.0 days (2026-Q2), beyond the maximum of 30 days", delay["sentenceEn"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("41,0 jours (2026-Q2), au-delà du maximum de 30 jours", delay["sentenceFr"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
