using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Profiles;
using ClinicalProject.PopulationProfiling.Profiles.Queries;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using ClinicalProject.Statistics;
using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.PopulationProfiling.Tests.Profiles;

/// <summary>What dashboards read: figures by filter, a territory's profile, CSV, GeoJSON, pyramids; all suppressed.</summary>
public sealed class DashboardApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Figures_are_filtered_paged_suppressed_and_cached_by_etag()
    {
        var job = await ProfileJobRunner.RunAsync(_client, "er-visits", "seniors-75-plus");
        Assert.Equal(ProfileJobState.Succeeded, job.State);

        var das = await _client.GetAsync($"/profiles/{job.Id}/values?indicator=er-visits&period=2021&level=da");
        var page = await das.ReadAsync<PagedList<ProfileFigureDto>>();
        Assert.Equal(["T-DA-1", "T-DA-2"], page.Items.Select(f => f.Territory));
        Assert.All(page.Items, f => Assert.Equal((null, null, null), (f.Count, f.Value, f.LowerCi95)));
        Assert.Equal([SuppressionStatus.Primary, SuppressionStatus.Secondary], page.Items.Select(f => f.Suppression));

        var children = await (await _client.GetAsync($"/profiles/{job.Id}/values?parent=051&pageSize=1")).ReadAsync<PagedList<ProfileFigureDto>>();
        Assert.Equal((2, 2, "0515"), (children.TotalCount, children.TotalPages, children.Items.Single().Territory)); // two indicators

        var again = new HttpRequestMessage(HttpMethod.Get, $"/profiles/{job.Id}/values?indicator=er-visits&period=2021&level=da");
        again.Headers.IfNoneMatch.Add(das.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync($"/profiles/{job.Id}/values?level=street")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/profiles/{Guid.NewGuid()}/values")).StatusCode);
    }

    [Fact]
    public async Task A_territory_profile_lists_every_indicator_with_its_comparisons()
    {
        var job = await ProfileJobRunner.RunAsync(_client, "er-visits", "seniors-75-plus");

        var profile = await (await _client.GetAsync($"/profiles/{job.Id}/territories/05")).ReadAsync<TerritoryProfileDto>();

        Assert.Equal(("05", "region", "Estrie", 2021), (profile.Code, profile.Level, profile.NameFr, profile.Period));
        Assert.Equal(["er-visits", "seniors-75-plus"], profile.Indicators.Select(i => i.Code));
        var er = profile.Indicators[0];
        Assert.Equal(("Visites à l'urgence", 30d, 30d), (er.NameFr, er.Figure.Count, er.Figure.Value));
        Assert.Equal((ComparisonOutcome.Similar, ComparisonOutcome.Similar), (er.Figure.VersusParent, er.Figure.VersusProvince));
        Assert.Equal(TrendDirection.NotCalculated, er.Trend); // one period: no trend
    }

    [Fact]
    public async Task The_csv_export_has_every_figure_and_withholds_what_the_api_withholds()
    {
        var job = await ProfileJobRunner.RunAsync(_client, "er-visits");

        var response = await _client.GetAsync($"/profiles/{job.Id}/values.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("indicator,period,territory,level,quintile,count,denominator,value,lowerCi95", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 7, lines.Length); // seven territories
        var province = lines.Single(l => l.StartsWith("er-visits,2021,99,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("30", "1000", "30", "Byar"), (province[5], province[6], province[7], province[12]));
        var da1 = lines.Single(l => l.StartsWith("er-visits,2021,T-DA-1,", StringComparison.Ordinal)).Split(',');
        Assert.Equal((string.Empty, string.Empty, "Primary"), (da1[5], da1[7], da1[14]));
    }

    [Fact]
    public async Task The_geojson_map_joins_each_figure_to_its_territory()
    {
        var job = await ProfileJobRunner.RunAsync(_client, "seniors-75-plus");

        var response = await _client.GetAsync($"/profiles/{job.Id}/map.geojson?indicator=seniors-75-plus&period=2021&level=da");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var map = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("FeatureCollection", map.RootElement.GetProperty("type").GetString());
        var features = map.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(["T-DA-1", "T-DA-2"], features.Select(f => f.GetProperty("id").GetString()));
        var first = features[0];
        Assert.Equal("Point", first.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([-71.86, 45.41], first.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal("AD test 1", first.GetProperty("properties").GetProperty("nameFr").GetString());
        // DA 2 has nobody aged 75+ (0 < 5): withheld, and DA 1 with it, or the CLSC's 50 would tell.
        Assert.All(features, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("properties").GetProperty("count").ValueKind));
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync($"/profiles/{job.Id}/map.geojson?level=da")).StatusCode);
    }

    [Fact]
    public async Task A_pyramid_rolls_up_and_withholds_small_cells_and_what_would_reveal_them()
    {
        var (population, _) = await ProfileTestData.ImportAsync(_client);

        var pyramid = await (await _client.GetAsync($"/datasets/population/{population}/pyramid?territory=05151&period=2021")).ReadAsync<PyramidDto>();

        Assert.Equal(("clsc", 1000L, 750L, 250L), (pyramid.Level, pyramid.Total.Count!.Value, pyramid.Female.Count!.Value, pyramid.Male.Count!.Value));
        Assert.Equal(950L, pyramid.Bands.Single(b => b.AgeBand == "45-49").Total.Count);
        var band75 = pyramid.Bands.Single(b => b.AgeBand == "75-79");
        Assert.Equal((null, SuppressionStatus.Primary), (band75.Male.Count, band75.Male.Suppression)); // no man of 75–79: 0 < 5

        // No withheld cell can be recovered by subtraction: no sum (a band, a sex, the band totals) with exactly one withheld term.
        var groups = pyramid.Bands.Select(b => new[] { b.Female, b.Male, b.Total })
            .Append(pyramid.Bands.Select(b => b.Female).Append(pyramid.Female).ToArray())
            .Append(pyramid.Bands.Select(b => b.Male).Append(pyramid.Male).ToArray())
            .Append(pyramid.Bands.Select(b => b.Total).Append(pyramid.Total).ToArray())
            .Append([pyramid.Female, pyramid.Male, pyramid.Total]);
        Assert.All(groups, group => Assert.NotEqual(1, group.Count(c => c.Count is null)));
        Assert.All(pyramid.Bands.SelectMany(b => new[] { b.Female, b.Male, b.Total }), c => Assert.Equal(c.Count is null, c.Suppression != SuppressionStatus.Published));
    }
}
