using System.Net.Http.Json;
using System.Text;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Profiles;
using ClinicalProject.PopulationProfiling.Profiles.Queries;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Profiles;

public sealed class QuintileBreakdownApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_job_with_a_deprivation_index_breaks_every_territory_down_by_material_quintile()
    {
        var (population, numerators) = await ProfileTestData.ImportAsync(_client);
        var hierarchy = (await factory.QueryDbAsync(db => Task.FromResult(db.Datasets.Single(d => d.Version == population)))).HierarchyVersion;
        var index = HttpHelpers.NewVersion("dep");
        (await _client.PostAsync($"/deprivation/{index}?hierarchyVersion={hierarchy}",
            new StringContent("daCode,materialQuintile,socialQuintile\nT-DA-1,1,3\nT-DA-2,5,3\n", Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var request = new
        {
            populationDataset = population,
            numeratorDatasets = new[] { new { kind = "numerators", version = numerators } },
            indicators = new[] { "population" },
            deprivationIndex = index,
        };

        var started = await _client.PostAsJsonAsync("/profiles/jobs", request);
        var job = await ProfileJobRunner.WaitAsync(_client, started.Headers.Location!);

        Assert.Equal(ProfileJobState.Succeeded, job.State);
        async Task<double?> CountAsync(string territory, int quintile) =>
            (await (await _client.GetAsync($"/profiles/{job.Id}/values?territory={territory}&quintile={quintile}")).ReadAsync<PagedList<ProfileFigureDto>>())
            .Items.Single().Count;

        // DA 1 (500 people) is in the least deprived fifth, DA 2 (500) in the most deprived: each quintile of the CLSC and of the region.
        Assert.Equal(500d, await CountAsync("05151", 1));
        Assert.Equal(500d, await CountAsync("05151", 5));
        Assert.Equal(500d, await CountAsync("05", 1));
        var whole = await (await _client.GetAsync($"/profiles/{job.Id}/values?territory=05151")).ReadAsync<PagedList<ProfileFigureDto>>();
        Assert.Equal((1000d, (int?)null), (whole.Items.Single().Count!.Value, whole.Items.Single().Quintile));
    }
}
