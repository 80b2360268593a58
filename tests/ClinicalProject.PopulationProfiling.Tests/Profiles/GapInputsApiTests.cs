using System.Net.Http.Json;
using System.Net;
using ClinicalProject.PopulationProfiling.Profiles.GapInputs;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Tests.Profiles;

/// <summary>Gap analysis's bulk read of a profile, on <see cref="ProfileTestData"/> (hand-worked).</summary>
public sealed class GapInputsApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Areas_carry_population_and_expected_users_at_an_ancestors_rates_now_and_projected()
    {
        var (population, numerators) = await ProfileTestData.ImportAsync(_client);
        var started = await _client.PostAsJsonAsync("/profiles/jobs", ProfileTestData.JobRequest(population, numerators, "er-visits"));
        var job = await ProfileJobRunner.WaitAsync(_client, started.Headers.Location!);
        var hierarchy = (await factory.QueryDbAsync(db => Task.FromResult(db.ProfileJobs.Single(j => j.Id == job.Id)))).HierarchyVersion;
        var projection = HttpHelpers.NewVersion("proj");
        var doubled = ProfileTestData.Population.Replace("2021", "2031", StringComparison.Ordinal)
            .Replace(",400", ",800", StringComparison.Ordinal).Replace(",50\n", ",100\n", StringComparison.Ordinal)
            .Replace(",300", ",600", StringComparison.Ordinal).Replace(",200", ",400", StringComparison.Ordinal);
        (await _client.PostDatasetAsync("projection", projection, hierarchy, doubled)).EnsureSuccessStatusCode();

        var inputs = await (await _client.GetAsync($"/profiles/{job.Id}/gap-inputs?indicator=er-visits&rates=region&projection={projection}&projectedPeriod=2031"))
            .ReadAsync<GapInputsDto>();

        // The region's 2021 rates: women 45–49 3/700, men 45–49 27/250, women 75–79 0/50.
        // DA 1: 400 × 3/700 + 50 × 27/250 = 12/7 + 5.4; DA 2: 300 × 3/700 + 200 × 27/250 = 9/7 + 21.6 (they add up to the 30 visits).
        Assert.Equal(["er-visits"], inputs.Indicators);
        Assert.Equal(("da", "region", 2021), (inputs.BaseLevel, inputs.RatesLevel, inputs.Period));
        var da1 = inputs.Areas.Single(a => a.Code == "T-DA-1");
        var da2 = inputs.Areas.Single(a => a.Code == "T-DA-2");
        Assert.Equal((500d, 500d), (da1.Population, da2.Population));
        Close.Equal((12.0 / 7) + 5.4, da1.Expected[0]);
        Close.Equal((9.0 / 7) + 21.6, da2.Expected[0]);
        // Every stratum doubled in 2031: twice the expected users, 1,000 people each.
        Close.Equal(2 * ((12.0 / 7) + 5.4), da1.ExpectedProjected![0]);
        Assert.Equal(1000d, da1.ProjectedPopulation);
        Assert.Equal(new GapInputProjectionDto(projection, inputs.Projection!.ContentHash, 2031), inputs.Projection);
        Assert.NotEmpty(inputs.Figures);
        Assert.DoesNotContain(inputs.Figures, f => f.Level == "da");
        Assert.All(inputs.Figures, f => Assert.Equal(("er-visits", Polarity.LowIsGood), (f.Indicator, f.Polarity)));
        Assert.Equal([2, 9], inputs.Figures[0].Programs);
    }

    [Theory]
    [InlineData("indicator=no-such-indicator", "indicator")]
    [InlineData("rates=street", "rates")]
    [InlineData("projection=none-such&projectedPeriod=2031", "projection")]
    [InlineData("projectedPeriod=2031", "projectedPeriod")]
    public async Task Bad_queries_are_refused_naming_the_parameter(string query, string field)
    {
        var (population, numerators) = await ProfileTestData.ImportAsync(_client);
        var started = await _client.PostAsJsonAsync("/profiles/jobs", ProfileTestData.JobRequest(population, numerators, "er-visits"));
        var job = await ProfileJobRunner.WaitAsync(_client, started.Headers.Location!);
        using var response = await _client.GetAsync($"/profiles/{job.Id}/gap-inputs?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
