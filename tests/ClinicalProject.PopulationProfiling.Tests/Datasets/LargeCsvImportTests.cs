using System.Net;
using System.Text;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Datasets.Import;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Datasets;

/// <summary>
/// Files past <see cref="CsvFileSplit.MinimumBytes"/> are read in parts on several cores: the counts, the
/// content hash and the row numbers of errors must be those of a plain sequential read.
/// </summary>
public sealed class LargeCsvImportTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private const int Rows = 300_000;
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_large_event_file_read_in_parts_gives_the_counts_and_hash_of_a_sequential_read()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var events = Events().ToList();
        var csv = Csv(events);
        Assert.True(Encoding.UTF8.GetByteCount(csv) > CsvFileSplit.MinimumBytes, "the file must be large enough to be split");
        var version = HttpHelpers.NewVersion("big");

        var fromCsv = await _client.PostDatasetAsync("events", version, hierarchy, csv);
        var fromParquet = await _client.PostDatasetAsync("events", version, hierarchy, DatasetHttp.Parquet(await EventParquet.WriteAsync(events)));

        Assert.Equal(HttpStatusCode.Created, fromCsv.StatusCode);
        var summary = await fromCsv.ReadAsync<DatasetSummary>();
        var expected = events.GroupBy(e => (int.Parse(e.Date[..4], System.Globalization.CultureInfo.InvariantCulture), e.Indicator))
            .OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Indicator, StringComparer.Ordinal)
            .Select(g => new DatasetSliceTotal(g.Key.Item1, g.Key.Indicator, g.Count()));
        Assert.Equal(expected, summary.Totals);
        Assert.Equal(Rows, summary.RowCount);
        // Parquet is read sequentially: the same counts must give the same hash (200, already imported).
        Assert.Equal(HttpStatusCode.OK, fromParquet.StatusCode);
        Assert.Equal(summary.ContentHash, (await fromParquet.ReadAsync<DatasetSummary>()).ContentHash);
    }

    [Fact]
    public async Task Errors_in_any_part_carry_their_row_number_in_the_whole_file()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var events = Events().ToList();
        events[2] = events[2] with { Sex = "X" };
        events[150_000] = events[150_000] with { Da = "NOPE" };
        events[Rows - 2] = events[Rows - 2] with { Date = "2021-02-30" };

        var response = await _client.PostDatasetAsync("events", HttpHelpers.NewVersion("big"), hierarchy, Csv(events, "\r\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Equal(
            [(3, "sex", DatasetRules.InvalidSex), (150_001, "territory", DatasetRules.UnknownTerritory), (Rows - 1, "date", DatasetRules.InvalidDate)],
            problem.Errors.Select(e => (e.Row, e.Field!, e.Rule)));
    }

    [Fact]
    public async Task Rows_written_otherwise_than_plainly_count_as_their_plain_form()
    {
        // Plain rows are checked from the file's bytes, the others as text: both must give the same counts.
        var hierarchy = await _client.ImportSherbrookeAsync();
        var events = Events().ToList();
        var version = HttpHelpers.NewVersion("big");
        var plain = await _client.PostDatasetAsync("events", version, hierarchy, Csv(events));
        var written = new StringBuilder("da,date,age,sex,indicator\n");
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            _ = i % 4 == 0
                ? written.Append($" {e.Da} ,{e.Date}T08:30:00,{e.Age} ,{e.Sex.ToLowerInvariant()}, {e.Indicator}\n")
                : written.Append($"{e.Da},{e.Date},{e.Age},{e.Sex},{e.Indicator}\n");
        }

        var otherwise = await _client.PostDatasetAsync("events", version, hierarchy, written.ToString());

        Assert.Equal(HttpStatusCode.Created, plain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherwise.StatusCode); // the same content: already imported, not a conflict
        Assert.Equal((await plain.ReadAsync<DatasetSummary>()).ContentHash, (await otherwise.ReadAsync<DatasetSummary>()).ContentHash);
    }

    private static IEnumerable<(string Da, string Date, int Age, string Sex, string Indicator)> Events()
    {
        for (var i = 0; i < Rows; i++)
        {
            var date = new DateOnly(2020 + (i % 3), 1 + (i % 12), 1 + (i % 28));
            yield return (i % 3 == 0 ? "T-DA-2" : "T-DA-1", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i % 101,
                i % 2 == 0 ? "F" : "M", i % 5 == 0 ? "hospitalisations" : "er-visits");
        }
    }

    private static string Csv(IEnumerable<(string Da, string Date, int Age, string Sex, string Indicator)> events, string newline = "\n")
    {
        var text = new StringBuilder("da,date,age,sex,indicator").Append(newline);
        foreach (var e in events)
        {
            text.Append(e.Da).Append(',').Append(e.Date).Append(',').Append(e.Age).Append(',').Append(e.Sex).Append(',').Append(e.Indicator).Append(newline);
        }

        return text.ToString();
    }
}
