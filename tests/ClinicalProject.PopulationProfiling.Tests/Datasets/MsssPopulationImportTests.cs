using System.IO.Compression;
using System.Net;
using System.Text;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using Sylvan.Data.Csv;

namespace ClinicalProject.PopulationProfiling.Tests.Datasets;

/// <summary>
/// The real MSSS estimates (the Estrie extract shipped with the demo data, single years of age) imported at the RLS level of the demo hierarchy.
/// The mapping from the MSSS layout is documented in the service README: keep the RLS rows of one kind and
/// year, rename code→territory, year→period, population→count; single years go in the <c>age</c> column.
/// </summary>
public sealed class MsssPopulationImportTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    /// <summary>MSSS (shared/data/README.md): "The 2021 estimate for Estrie is 506,560 people, and the nine RLS add up to it exactly."</summary>
    private const long Estrie2021 = 506_560;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_nine_Estrie_RLS_of_the_2021_estimate_add_up_to_the_published_total()
    {
        var hierarchy = HttpHelpers.NewVersion("demo");
        var demo = await File.ReadAllTextAsync(HierarchyFiles.DemoCsvPath);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostCsvAsync(hierarchy, demo)).StatusCode);
        var (csv, rows, byRls) = await EstrieRlsAsync(2021);
        var version = HttpHelpers.NewVersion("msss");

        var response = await _client.PostDatasetAsync("population", version, hierarchy, csv);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var summary = await response.ReadAsync<DatasetSummary>();
        Assert.Equal(("rls", (long)rows, Estrie2021), (summary.BaseLevel, summary.RowCount, summary.TotalCount));
        Assert.Equal(9 * 2 * 91, rows); // nine RLS, two sexes, ages 0 to 90+
        Assert.Equal([new DatasetSliceTotal(2021, null, Estrie2021)], summary.Totals);

        // Rolled up from the nine RLS: the region and the RTS are Estrie's published total; each RLS its own rows' sum.
        foreach (var territory in new[] { "05", "051" })
        {
            var pyramid = await (await _client.GetAsync($"/datasets/population/{version}/pyramid?territory={territory}&period=2021")).ReadAsync<PyramidDto>();
            Assert.Equal(Estrie2021, pyramid.Total.Count);
            Assert.Equal(Estrie2021, pyramid.Bands.Sum(b => b.Female.Count!.Value + b.Male.Count!.Value));
        }

        Assert.Equal(9, byRls.Count);
        foreach (var (rls, total) in byRls)
        {
            var pyramid = await (await _client.GetAsync($"/datasets/population/{version}/pyramid?territory={rls}&period=2021")).ReadAsync<PyramidDto>();
            Assert.Equal((rls, "rls", total), (pyramid.Territory, pyramid.Level, pyramid.Total.Count!.Value));
        }
    }

    /// <summary>The file's Estrie RLS rows of one estimate year, in the import's layout.</summary>
    private static async Task<(string Csv, int Rows, Dictionary<string, long> ByRls)> EstrieRlsAsync(int year)
    {
        await using var gzip = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "DemoData", "msss", "msss-estrie-population.csv.gz")), CompressionMode.Decompress);
        using var text = new StreamReader(gzip, Encoding.UTF8);
        await using var msss = await CsvDataReader.CreateAsync(text);
        var csv = new StringBuilder("territory,period,age,sex,count\n");
        var rows = 0;
        var byRls = new Dictionary<string, long>();
        var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (await msss.ReadAsync())
        {
            if (msss.GetString(0) == "RLS" && msss.GetString(1).StartsWith("05", StringComparison.Ordinal)
                && msss.GetString(3) == yearText && msss.GetString(4) == "Estimation")
            {
                csv.Append(msss.GetString(1)).Append(',').Append(year).Append(',').Append(msss.GetString(7)).Append(',')
                    .Append(msss.GetString(6)).Append(',').Append(msss.GetString(8)).Append('\n');
                rows++;
                byRls[msss.GetString(1)] = byRls.GetValueOrDefault(msss.GetString(1)) + long.Parse(msss.GetString(8), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return (csv.ToString(), rows, byRls);
    }
}
