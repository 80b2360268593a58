using System.Net;
using System.Text;
using ClinicalProject.PopulationProfiling.Datasets.Import;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Hardening;

/// <summary>
/// Issue 14, defect 6: a row with more fields than the header was accepted and the extra fields dropped
/// (<c>0511,2016,0,F,12,5</c>, a decimal comma, stored as 12); a row of only delimiters was skipped as blank; a
/// NUL after a number was accepted (.NET's integer parser allows trailing NULs). Each is refused with its row
/// number, by the plain reader (small files) and by the byte fast path of large files read in parts alike.
/// </summary>
public sealed class CsvRowShapeTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<int, string, string?, string> Cases()
    {
        var data = new TheoryData<int, string, string?, string>();
        foreach (var rows in new[] { 40, 450_000 })
        {
            data.Add(rows, "T-DA-1,2016,40,F,12,5", null, DatasetRules.ExtraField);
            data.Add(rows, "T-DA-1,2016,40,F,12\0", "count", DatasetRules.InvalidCount);
            data.Add(rows, "T-DA-1,2016\0,40,F,12", "period", DatasetRules.InvalidPeriod);
            data.Add(rows, "T-DA-1,2016,40\0,F,12", "age", DatasetRules.InvalidAge);
            data.Add(rows, ",,,,", "territory", DatasetRules.Required);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_row_is_refused_with_its_row_number_on_either_read_path(int rows, string badRow, string? field, string rule)
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var badIndex = rows / 2 + 1;
        var csv = Population(rows, badIndex, badRow);
        Assert.Equal(rows > 1000, Encoding.UTF8.GetByteCount(csv) > CsvFileSplit.MinimumBytes);
        var version = HttpHelpers.NewVersion("shape");

        var response = await _client.PostDatasetAsync("population", version, hierarchy, csv);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Contains(problem.Errors, e => e.Row == badIndex + 1 && e.Field == field && e.Rule == rule);
        Assert.All(problem.Errors, e => Assert.Equal(badIndex + 1, e.Row));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/datasets/population/{version}")).StatusCode);
    }

    [Fact]
    public async Task An_empty_line_is_still_skipped()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var csv = "territory,period,age,sex,count\nT-DA-1,2016,40,F,12\n\nT-DA-2,2016,40,F,3\n";

        var response = await _client.PostDatasetAsync("population", HttpHelpers.NewVersion("shape"), hierarchy, csv);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.Equal(15, (await response.ReadAsync<ClinicalProject.PopulationProfiling.Datasets.DatasetSummary>()).TotalCount);
    }

    /// <summary>Single years (rows are summed into bands, so any number of rows is valid), one row replaced.</summary>
    private static string Population(int rows, int badIndex, string badRow)
    {
        var text = new StringBuilder("territory,period,age,sex,count\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(i == badIndex ? badRow : $"{(i % 2 == 0 ? "T-DA-1" : "T-DA-2")},{2016 + (i % 6)},{i % 91},{(i % 4 < 2 ? "F" : "M")},{1 + (i % 7)}").Append('\n');
        }

        return text.ToString();
    }
}
