using System.Net;
using System.Net.Http.Json;
using ClinicalProject.PopulationProfiling.Profiles.Queries;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Profiles;

public sealed class ProjectedNeedApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    /// <summary>Every stratum of the test population doubled in 2031.</summary>
    private const string Projection = """
        territory,period,ageBand,sex,count
        T-DA-1,2031,45-49,F,800
        T-DA-1,2031,45-49,M,100
        T-DA-1,2031,75-79,F,100
        T-DA-2,2031,45-49,F,600
        T-DA-2,2031,45-49,M,400
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Base_rates_applied_to_a_projected_population_give_the_expected_events()
    {
        var (population, numerators) = await ProfileTestData.ImportAsync(_client);
        var started = await _client.PostAsJsonAsync("/profiles/jobs", ProfileTestData.JobRequest(population, numerators, "er-visits"));
        var job = await ProfileJobRunner.WaitAsync(_client, started.Headers.Location!);
        var hierarchy = (await factory.QueryDbAsync(db => Task.FromResult(db.ProfileJobs.Single(j => j.Id == job.Id)))).HierarchyVersion;
        var projection = HttpHelpers.NewVersion("proj");
        (await _client.PostDatasetAsync("projection", projection, hierarchy, Projection)).EnsureSuccessStatusCode();
        var query = $"/profiles/{job.Id}/projected-need?indicator=er-visits&projection={projection}&period=2031";

        var clsc = Assert.Single(await (await _client.GetAsync(query + "&territory=05151")).ReadAsync<List<ProjectedNeedDto>>());
        var das = await (await _client.GetAsync(query + "&level=da")).ReadAsync<List<ProjectedNeedDto>>();
        var byRegion = await (await _client.GetAsync(query + "&level=da&rates=region")).ReadAsync<List<ProjectedNeedDto>>();

        // CLSC, own 2021 rates: 3/700 of women 45–49 (1,400 in 2031) and 27/250 of men 45–49 (500): 6 + 54 = 60.
        Assert.Equal((30d, 1000d, 2000d), (clsc.BaseCount!.Value, clsc.BasePopulation, clsc.ProjectedPopulation));
        Close.Equal(60, clsc.ExpectedCount!.Value);
        Close.Equal(30, clsc.Change!.Value);
        // DA 1 had 3 visits (< 5): withheld, and its expected count from its own rates with it.
        var da1 = das.Single(d => d.Territory == "T-DA-1");
        Assert.Equal((null, null), (da1.BaseCount, da1.ExpectedCount));
        // With the region's rates: 3/700 × 800 + 27/250 × 100 = 24/7 + 10.8.
        var da1ByRegion = byRegion.Single(d => d.Territory == "T-DA-1");
        Assert.Equal(("05", null), (da1ByRegion.RatesFrom, da1ByRegion.BaseCount));
        Close.Equal((24.0 / 7) + 10.8, da1ByRegion.ExpectedCount!.Value);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync(query + "&level=street")).StatusCode);
    }
}
