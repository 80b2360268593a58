using System.Net;
using System.Net.Http.Json;
using ClinicalProject.Contracts;
using ClinicalProject.PopulationProfiling.Profiles;
using ClinicalProject.PopulationProfiling.Profiles.Jobs;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using ClinicalProject.Statistics;
using ClinicalProject.Statistics.Suppression;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Tests.Profiles;

public sealed class ProfileJobApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_job_computes_every_partition_stores_suppressed_figures_and_announces_the_profile()
    {
        var (population, numerators) = await ProfileTestData.ImportAsync(_client);

        var response = await _client.PostAsJsonAsync("/profiles/jobs", ProfileTestData.JobRequest(population, numerators, "er-visits", "seniors-75-plus"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await ProfileJobRunner.WaitAsync(_client, response.Headers.Location!);
        Assert.Equal((ProfileJobState.Succeeded, 2, 2, 100d), (job.State, job.PartitionCount, job.CompletedPartitions, job.Percent));
        var values = await factory.QueryDbAsync(db => db.ProfileValues.AsNoTracking().Where(v => v.JobId == job.Id && v.Quintile == 0).ToListAsync());

        // Province: 30 visits over 1,000 people, per 1,000; intervals from TestData/profile_job_expected.txt.
        var province = values.Single(v => v is { IndicatorCode: "er-visits", TerritoryCode: "99" });
        Assert.Equal((30d, 1000d, IntervalMethod.Byar), (province.Count!.Value, province.Denominator, province.Method));
        Close.Equal(30.0, province.Value!.Value);
        Close.Equal(20.23693909326639, province.Lower95!.Value);
        Close.Equal(42.828371941998704, province.Upper95!.Value);
        Close.Equal(15.838985419892989, province.Lower998!.Value);
        Close.Equal(51.118501236970666, province.Upper998!.Value);
        Assert.Equal(ComparisonOutcome.Similar, values.Single(v => v is { IndicatorCode: "er-visits", TerritoryCode: "05" }).VersusProvince);

        // DA 1's 3 visits are withheld, and DA 2's 27 too: the CLSC's published 30 would give DA 1's away.
        var da1 = values.Single(v => v is { IndicatorCode: "er-visits", TerritoryCode: "T-DA-1" });
        var da2 = values.Single(v => v is { IndicatorCode: "er-visits", TerritoryCode: "T-DA-2" });
        Assert.Equal((null, null, SuppressionStatus.Primary), (da1.Count, da1.Value, da1.Suppression));
        Assert.Equal((null, null, SuppressionStatus.Secondary), (da2.Count, da2.Value, da2.Suppression));
        Assert.Equal(30d, values.Single(v => v is { IndicatorCode: "er-visits", TerritoryCode: "05151" }).Count);

        // 50 of 1,000 people are 75 or older: 5 %, Wilson limits.
        var seniors = values.Single(v => v is { IndicatorCode: "seniors-75-plus", TerritoryCode: "99" });
        Assert.Equal((50d, 1000d, IntervalMethod.WilsonScore), (seniors.Count!.Value, seniors.Denominator, seniors.Method));
        Close.Equal(5.0, seniors.Value!.Value);
        Close.Equal(3.813026239274881, seniors.Lower95!.Value);
        Close.Equal(6.531382024425081, seniors.Upper95!.Value);
        Close.Equal(3.2636484272704935, seniors.Lower998!.Value);
        Close.Equal(7.587679995109873, seniors.Upper998!.Value);

        var announced = Assert.Single(await factory.WaitUntilSentAsync<PopulationProfileComputed>(e => e.ProfileId == job.Id));
        Assert.Equal((job.Version, population), (announced.ProfileVersion, announced.PopulationDatasetVersion));
        Assert.Equal(["er-visits", "seniors-75-plus"], announced.IndicatorCodes);
    }

    [Fact]
    public async Task A_job_naming_missing_data_is_refused_with_the_reasons()
    {
        var (population, numerators) = await ProfileTestData.ImportAsync(_client);
        var request = new
        {
            populationDataset = population,
            numeratorDatasets = new[] { new { kind = "numerators", version = numerators }, new { kind = "events", version = "nowhere" } },
            indicators = new[] { "er-visits", "copd-prevalence", "weather" },
            periods = new[] { 2021, 1999 },
        };

        var response = await _client.PostAsJsonAsync("/profiles/jobs", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Equal(
            [
                ("numeratorDatasets", "events/nowhere", ProfileJobPlanner.NotFound),
                ("periods", "1999", ProfileJobPlanner.UnknownPeriod),
                ("indicators", "copd-prevalence", ProfileJobPlanner.NoData),
                ("indicators", "weather", ProfileJobPlanner.UnknownIndicator),
            ],
            problem.Errors.Select(e => (e.Field!, e.Value!, e.Rule)));
    }
}
