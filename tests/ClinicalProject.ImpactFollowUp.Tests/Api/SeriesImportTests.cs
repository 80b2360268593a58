using System.Net;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

namespace ClinicalProject.ImpactFollowUp.Tests.Api;

/// <summary>Series values: CSV imports all or nothing, corrections as new revisions, reloads that change nothing.</summary>
public sealed class SeriesImportTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    [Fact]
    public async Task A_file_with_one_bad_row_is_refused_with_the_row_named_and_nothing_is_stored()
    {
        var client = factory.CreateClient();
        const string csv = "indicator,territory,period,value,denominator\nBAD-FILE,T-9,2024-01,10,1000\nBAD-FILE,T-9,2024-02,11,1000\nBAD-FILE,T-9,2024-14,12,1000\nBAD-FILE,T-9,2024-04,abc,1000\n";

        var response = await client.PostCsvAsync("/imports/series?source=registry", csv);

        Assert.Equal(["rows[3].period", "rows[4].value"], await response.ProblemFieldsAsync());
        Assert.Empty((await client.GetJsonAsync("/series?indicator=BAD-FILE&territory=T-9"))["points"]!.AsArray());
        var noSource = await client.PostCsvAsync("/imports/series", "indicator,territory,period,value\nX,T,2024,1\n");
        Assert.Equal(["source"], await noSource.ProblemFieldsAsync());
        var noColumn = await client.PostCsvAsync("/imports/series?source=s", "indicator,territory,value\nX,T,1\n");
        Assert.Equal(["header"], await noColumn.ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_correction_is_a_new_revision_the_old_value_is_kept_and_a_reload_changes_nothing()
    {
        var client = factory.CreateClient();
        const string csv = "indicator,territory,period,value\nCORR,T-8,2024-Q1,10\nCORR,T-8,2024-Q2,11\n";
        var first = await client.PostCsvAsync("/imports/series?source=registry", csv).OkAsync();
        var again = await client.PostCsvAsync("/imports/series?source=registry", csv).OkAsync();
        var corrected = await client.SendJsonAsync(HttpMethod.Post, "/series/values",
            new { entries = new[] { new { indicator = "CORR", territory = "T-8", period = "2024-Q2", value = 12.5, source = "registry", note = "late records" } } }, author: "fixer").OkAsync();

        Assert.Equal((2, 0, 0), Counts(first));
        Assert.Equal((0, 0, 2), Counts(again));
        Assert.Equal((0, 1, 0), Counts(corrected));
        var current = (await client.GetJsonAsync("/series?indicator=CORR&territory=T-8"))["points"]!.AsArray();
        Assert.Equal([("2024-Q1", 10.0, 1), ("2024-Q2", 12.5, 2)], current.Select(p => (p!["period"]!.GetValue<string>(), p["value"]!.GetValue<double>(), p["revision"]!.GetValue<int>())));
        var history = (await client.GetJsonAsync("/series?indicator=CORR&territory=T-8&history=true"))["points"]!.AsArray();
        Assert.Equal(3, history.Count);
        var old = history.Single(p => p!["period"]!.GetValue<string>() == "2024-Q2" && p["revision"]!.GetValue<int>() == 1)!;
        Assert.Equal(11.0, old["value"]!.GetValue<double>());
        Assert.NotNull(old["supersededAtUtc"]);
        Assert.Equal("fixer", history.Single(p => p!["revision"]!.GetValue<int>() == 2)!["recordedBy"]!.GetValue<string>());

        var export = await client.GetStringAsync("/series/export.csv?indicator=CORR&territory=T-8&history=true");
        Assert.Equal(4, export.Trim().Split('\n').Length);
        Assert.Contains("CORR,T-8,2024-Q2,2024-04-01,12.5,,registry,2,fixer,", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_series_keeps_one_periodicity_and_the_same_period_twice_is_refused()
    {
        var client = factory.CreateClient();
        await client.PostCsvAsync("/imports/series?source=s", "indicator,territory,period,value\nMONTHLY,T-7,2024-01,1\n").OkAsync();

        var yearly = await client.PostCsvAsync("/imports/series?source=s", "indicator,territory,period,value\nMONTHLY,T-7,2025,1\n");
        var twice = await client.SendJsonAsync(HttpMethod.Post, "/series/values", new
        {
            entries = new[]
            {
                new { indicator = "MONTHLY", territory = "T-7", period = "2024-02", value = 1.0, source = "s" },
                new { indicator = "MONTHLY", territory = "T-7", period = "2024-02", value = 2.0, source = "s" },
            },
        });

        Assert.Equal(["period"], await yearly.ProblemFieldsAsync());
        Assert.Equal(["entries[1].period"], await twice.ProblemFieldsAsync());
        var huge = await client.SendJsonAsync(HttpMethod.Post, "/series/values",
            new { entries = new[] { new { indicator = "MONTHLY", territory = "T-7", period = "2024-03", value = 1e13, source = "s" } } });
        Assert.Equal(["entries[0].value"], await huge.ProblemFieldsAsync());
        Assert.Single((await client.GetJsonAsync("/series?indicator=MONTHLY&territory=T-7"))["points"]!.AsArray());
    }

    private static (int, int, int) Counts(System.Text.Json.Nodes.JsonNode result) =>
        (result["added"]!.GetValue<int>(), result["corrected"]!.GetValue<int>(), result["unchanged"]!.GetValue<int>());
}
