using System.Net;
using ClinicalProject.Contracts;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Datasets.Import;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using MassTransit.Testing;

namespace ClinicalProject.PopulationProfiling.Tests.Datasets;

public sealed class DatasetImportApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string Population = """
        territory,period,ageBand,sex,count
        T-DA-1,2021,0-4,F,30
        T-DA-1,2021,0-4,M,32
        T-DA-1,2021,90+,F,4
        T-DA-2,2021,45-49,M,100
        T-DA-2,2016,45-49,M,90
        """;

    [Fact]
    public async Task A_population_file_is_aggregated_stored_announced_and_its_job_completed()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var version = HttpHelpers.NewVersion("pop");

        var response = await _client.PostDatasetAsync("population", version, hierarchy, Population);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var summary = await response.ReadAsync<DatasetSummary>();
        Assert.Equal((DatasetKind.Population, "da", 5L, 256L), (summary.Kind, summary.BaseLevel, summary.RowCount, summary.TotalCount));
        Assert.Equal([2016, 2021], summary.Periods);
        Assert.Equal([new DatasetSliceTotal(2016, null, 90), new DatasetSliceTotal(2021, null, 166)], summary.Totals);
        var monitor = response.Headers.GetValues("Link").Single();
        var job = await (await _client.GetAsync(monitor[1..monitor.IndexOf('>')])).ReadAsync<ImportJobDto>();
        Assert.Equal((ImportJobState.Succeeded, 5L, 100d), (job.State, job.RowsRead, job.Percent));
        Assert.Equal($"/datasets/population/{version}", job.Dataset);
        var stored = Assert.Single(await factory.WaitUntilSentAsync<PopulationDatasetImported>(e => e.Version == version));
        Assert.Equal([2016, 2021], stored.Periods);
        Assert.True(await factory.Harness.Published.Any<PopulationDatasetImported>(m => m.Context.Message.Version == version));
        var message = factory.Harness.Published.Select<PopulationDatasetImported>(m => m.Context.Message.Version == version).Single().Context.Message;
        Assert.Equal((summary.Id, "population", summary.ContentHash), (message.DatasetId, message.Kind, message.ContentHash));
    }

    [Fact]
    public async Task Reimporting_the_same_content_is_a_no_op_and_other_content_a_conflict()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var version = HttpHelpers.NewVersion("pop");
        var first = await (await _client.PostDatasetAsync("population", version, hierarchy, Population)).ReadAsync<DatasetSummary>();

        // Same counts: other row order, semicolons, en dash in a band.
        var lines = Population.Split('\n');
        var reordered = string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Reverse())).Replace(',', ';').Replace("0-4", "0–4");
        var again = await _client.PostDatasetAsync("population", version, hierarchy, reordered);
        var changed = await _client.PostDatasetAsync("population", version, hierarchy, Population.Replace(",30", ",31"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var stored = await (await _client.GetAsync($"/datasets/population/{version}")).ReadAsync<DatasetSummary>();
        Assert.Equal((first.Id, first.ContentHash), ((await again.ReadAsync<DatasetSummary>()).Id, stored.ContentHash));
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Equal(DatasetImportRunner.ConflictType, (await changed.ReadAsync<ImportProblem>()).Type);
        Assert.Single(await factory.WaitUntilSentAsync<PopulationDatasetImported>(e => e.Version == version));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_row_column_value_and_rule_and_nothing_is_stored()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var version = HttpHelpers.NewVersion("num");
        const string csv = """
            territory,period,ageBand,sex,indicator,count
            T-DA-1,2021,0-4,F,er-visits,3
            NOPE,2021,0-4,F,er-visits,3
            05151,2021,0-4,F,er-visits,3
            T-DA-1,21,0-4,F,er-visits,3
            T-DA-1,2021,0-5,F,er-visits,3
            T-DA-1,2021,5-9,X,er-visits,3
            T-DA-1,2021,5-9,F,weather,3
            T-DA-1,2021,5-9,F,seniors-75-plus,3
            T-DA-1,2021,5-9,F,er-visits,-1
            T-DA-1,2021,0-4,F,er-visits,7
            """;

        var response = await _client.PostDatasetAsync("numerators", version, hierarchy, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Equal(DatasetImportRunner.InvalidType, problem.Type);
        Assert.Equal(
            [
                (2, "territory", "NOPE", DatasetRules.UnknownTerritory),
                (3, "territory", "05151", DatasetRules.MixedLevels),
                (4, "period", "21", DatasetRules.InvalidPeriod),
                (5, "ageBand", "0-5", DatasetRules.InvalidAgeBand),
                (6, "sex", "X", DatasetRules.InvalidSex),
                (7, "indicator", "weather", DatasetRules.UnknownIndicator),
                (8, "indicator", "seniors-75-plus", DatasetRules.IndicatorFromPopulation),
                (9, "count", "-1", DatasetRules.InvalidCount),
                (10, "territory", "T-DA-1", DatasetRules.DuplicateCell),
            ],
            problem.Errors.Select(e => (e.Row, e.Field!, e.Value!, e.Rule)));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/datasets/numerators/{version}")).StatusCode);
        Assert.False(await factory.Harness.Published.Any<PopulationDatasetImported>(m => m.Context.Message.Version == version));
    }

    [Fact]
    public async Task Header_problems_are_reported_before_any_row()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();

        var response = await _client.PostDatasetAsync("population", HttpHelpers.NewVersion("pop"), hierarchy, "territory;year;ageBand;age;gender;count\nT-DA-1;2021;0-4;;F;3\n");

        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem.Errors, e => e is { Row: 0, Field: "gender", Rule: "unknown-column" });
        Assert.Contains(problem.Errors, e => e is { Row: 0, Field: "sex", Rule: "missing-column" });
    }

    [Fact]
    public async Task Events_are_aggregated_by_year_band_and_sex_and_the_same_events_in_parquet_are_the_same_dataset()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var version = HttpHelpers.NewVersion("ev");
        (string Da, string Date, int Age, string Sex, string Indicator)[] events =
        [
            ("T-DA-1", "2021-03-04", 3, "F", "er-visits"),
            ("T-DA-1", "2021-12-31T23:59:00", 4, "F", "er-visits"),
            ("T-DA-1", "2022-01-01", 95, "M", "er-visits"),
            ("T-DA-2", "2021-06-30", 47, "M", "hospitalisations"),
            ("T-DA-2", "2021-07-01", 47, "M", "er-visits"),
        ];
        var csv = "da,date,age,sex,indicator\n" + string.Join("\n", events.Select(e => $"{e.Da},{e.Date},{e.Age},{e.Sex},{e.Indicator}"));

        var created = await _client.PostDatasetAsync("events", version, hierarchy, csv);
        var fromParquet = await _client.PostDatasetAsync("events", version, hierarchy, DatasetHttp.Parquet(await EventParquet.WriteAsync(events)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var summary = await created.ReadAsync<DatasetSummary>();
        Assert.Equal(
            [new DatasetSliceTotal(2021, "er-visits", 3), new DatasetSliceTotal(2021, "hospitalisations", 1), new DatasetSliceTotal(2022, "er-visits", 1)],
            summary.Totals);
        Assert.Equal(["er-visits", "hospitalisations"], summary.Indicators);
        Assert.True(HttpStatusCode.OK == fromParquet.StatusCode, await fromParquet.Content.ReadAsStringAsync());
        Assert.Equal(summary.ContentHash, (await fromParquet.ReadAsync<DatasetSummary>()).ContentHash);
    }

    [Fact]
    public async Task An_asynchronous_import_answers_202_and_its_job_reports_the_outcome()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var good = await _client.PostDatasetAsync("projection", HttpHelpers.NewVersion("proj"), hierarchy, Population, async: true);
        var bad = await _client.PostDatasetAsync("projection", HttpHelpers.NewVersion("proj"), hierarchy, Population.Replace(",F,", ",Q,"), async: true);

        Assert.Equal(HttpStatusCode.Accepted, good.StatusCode);
        var succeeded = await _client.WaitForJobAsync(good.Headers.Location!);
        Assert.Equal((ImportJobState.Succeeded, 5L), (succeeded.State, succeeded.RowsRead));
        var dataset = await (await _client.GetAsync(succeeded.Dataset)).ReadAsync<DatasetSummary>();
        Assert.Equal(256, dataset.TotalCount);
        var failed = await _client.WaitForJobAsync(bad.Headers.Location!);
        Assert.Equal(ImportJobState.Failed, failed.State);
        Assert.Equal(DatasetRules.InvalidSex, failed.Problem!.Value.GetProperty("errors")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Json_is_refused_with_415_and_an_unknown_kind_or_hierarchy_with_400()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var json = await _client.PostAsync($"/datasets/population/v1?hierarchyVersion={hierarchy}", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        var kind = await _client.PostDatasetAsync("weather", "v1", hierarchy, Population);
        var noHierarchy = await _client.PostDatasetAsync("population", "v1", "nowhere", Population);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal("unknown-kind", (await kind.ReadAsync<ImportProblem>()).Errors[0].Rule);
        Assert.Equal("unknown-hierarchy", (await noHierarchy.ReadAsync<ImportProblem>()).Errors[0].Rule);
    }
}
