using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

namespace ClinicalProject.ImpactFollowUp.Tests.Api;

/// <summary>Comparison territories suggested from what the service knows: deprivation quintile, population and baseline level.</summary>
public sealed class ComparisonSuggestionTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    [Fact]
    public async Task Territories_are_ranked_by_their_distance_on_each_criterion()
    {
        var client = factory.CreateClient();
        await client.SendJsonAsync(HttpMethod.Put, "/territory-traits", new
        {
            traits = new object[]
            {
                new { territory = "S-1", deprivationQuintile = 5, population = 10_000, source = "test" },
                new { territory = "S-A", deprivationQuintile = 5, population = 10_000, source = "test" },
                new { territory = "S-B", deprivationQuintile = 3, population = 20_000, source = "test" },
                new { territory = "S-C", deprivationQuintile = 5, population = 5_000, source = "test" },
            },
        }).OkAsync();
        // Baseline levels (before the plan's start): S-1 100, S-A 150, S-C 100; S-B has none.
        await client.PostCsvAsync("/imports/series?source=test", "indicator,territory,period,value\nSUG,S-1,2024-01,100\nSUG,S-A,2024-01,150\nSUG,S-C,2024-01,100\n").OkAsync();
        var plan = Samples.Plan("Suggest", indicators: [Samples.Indicator("SUG", comparison: [])], territories: ["S-1"]);
        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", plan).OkAsync())["id"]!.GetValue<Guid>();

        var suggestions = (await client.GetJsonAsync($"/plans/{id}/indicators/SUG/comparison-suggestions?count=3")).AsArray();

        // S-A: 0 + 0 + |150 − 100|/100 = 0.5; S-C: 0 + ln 2 + 0 = 0.693…; S-B: |3 − 5|/4 + ln 2 + 1 (no baseline) = 2.193…
        Assert.Equal(["S-A", "S-C", "S-B"], suggestions.Select(s => s!["territory"]!.GetValue<string>()));
        Assert.Equal(0.5, suggestions[0]!["distance"]!.GetValue<double>(), 1e-12);
        Assert.Equal(Math.Log(2), suggestions[1]!["distance"]!.GetValue<double>(), 1e-12);
        Assert.Equal(0.5 + Math.Log(2) + 1, suggestions[2]!["distance"]!.GetValue<double>(), 1e-12);

        var bad = await client.SendJsonAsync(HttpMethod.Put, "/territory-traits", new { traits = new[] { new { territory = "S-X", deprivationQuintile = 7, source = "" } } });
        Assert.Equal(["traits[0].deprivationQuintile", "traits[0].source"], await bad.ProblemFieldsAsync());
    }

    [Fact]
    public async Task The_funnel_compares_the_territories_of_a_period_with_their_roles_against_the_pooled_rate()
    {
        var client = factory.CreateClient();
        await client.PostCsvAsync("/imports/series?source=test",
            "indicator,territory,period,value,denominator\nFUN,F-1,2024-06,30,10000\nFUN,F-2,2024-06,50,10000\nFUN,F-3,2024-06,10,5000\nFUN,F-1,2024-05,1,10000\n").OkAsync();
        var plan = Samples.Plan("Funnel", indicators: [Samples.Indicator("FUN", comparison: ["F-2"])], territories: ["F-1"]);
        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", plan).OkAsync())["id"]!.GetValue<Guid>();

        var funnel = await client.GetJsonAsync($"/plans/{id}/indicators/FUN/funnel");

        // Pooled: 90 / 25,000 × 1,000 = 3.6; each territory x / n × 1,000.
        Assert.Equal(("2024-06", 3.6), (funnel["period"]!.GetValue<string>(), Math.Round(funnel["comparator"]!.GetValue<double>(), 12)));
        Assert.Equal([("F-1", "treated", 3.0), ("F-2", "comparison", 5.0), ("F-3", "other", 2.0)],
            funnel["territories"]!.AsArray().Select(t => (t!["territory"]!.GetValue<string>(), t["role"]!.GetValue<string>(), Math.Round(t["value"]!.GetValue<double>(), 12))));
        Assert.All(funnel["territories"]!.AsArray(), t => Assert.True(t!["lower998"]!.GetValue<double>() <= t["lower95"]!.GetValue<double>() && t["upper95"]!.GetValue<double>() <= t["upper998"]!.GetValue<double>()));
        Assert.Equal(50, funnel["curve"]!.AsArray().Count);
        var alone = await client.GetJsonAsync($"/plans/{id}/indicators/FUN/funnel?period=2024-05"); // only F-1 has May
        Assert.Equal((0, true), (alone["territories"]!.AsArray().Count, alone["message"]!.GetValue<string>().StartsWith("Fewer than two", StringComparison.Ordinal)));
        var bad = await client.GetAsync($"/plans/{id}/indicators/FUN/funnel?period=June");
        Assert.Equal(["period"], await bad.ProblemFieldsAsync());
    }
}
