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
}
