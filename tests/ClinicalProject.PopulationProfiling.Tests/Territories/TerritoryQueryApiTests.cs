using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.Territories.ReadModel.Queries;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Territories;

/// <summary>The Estrie demo file, imported, then read back through every query.</summary>
public sealed class TerritoryQueryApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(string Version, HierarchyImportSummary Summary)> ImportDemoAsync()
    {
        var version = HttpHelpers.NewVersion("demo");
        var response = await _client.PostCsvAsync(version, await File.ReadAllTextAsync(HierarchyFiles.DemoCsvPath));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (version, await response.ReadAsync<HierarchyImportSummary>());
    }

    [Fact]
    public async Task The_estrie_demo_file_imports_cleanly()
    {
        var (_, summary) = await ImportDemoAsync();

        Assert.Equal(48, summary.TerritoryCount);
        Assert.Equal([1, 1, 1, 9, 9, 27], TerritoryLevels.Names.Select(level => summary.CountsByLevel[level]));
    }

    [Fact]
    public async Task The_demo_has_the_nine_real_rls_of_estrie_under_rts_051()
    {
        var (version, _) = await ImportDemoAsync();

        var page = await (await _client.GetAsync($"/territories?version={version}&level=rls&parent=051")).ReadAsync<PagedList<TerritorySummary>>();

        Assert.Equal(9, page.TotalCount);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"051{i}"), page.Items.Select(t => t.Code));
        Assert.All(page.Items, t => Assert.Equal(("rls", "051"), (t.Level, t.ParentCode)));
        Assert.Equal("RLS de Sherbrooke", page.Items.Single(t => t.Code == "0515").NameFr);
        Assert.Equal("RLS de Memphrémagog", page.Items.Single(t => t.Code == "0513").NameFr);
    }

    [Fact]
    public async Task A_territory_comes_with_its_parent_children_and_ancestors()
    {
        var (version, _) = await ImportDemoAsync();

        var clsc = await (await _client.GetAsync($"/territories/05151?version={version}")).ReadAsync<TerritoryDetail>();
        var da = await (await _client.GetAsync($"/territories/SYN-05151-02?version={version}")).ReadAsync<TerritoryDetail>();
        var province = await (await _client.GetAsync($"/territories/99?version={version}")).ReadAsync<TerritoryDetail>();

        Assert.Equal(("clsc", "0515", "CLSC Sherbrooke"), (clsc.Level, clsc.ParentCode, clsc.NameFr));
        Assert.Equal(["SYN-05151-01", "SYN-05151-02", "SYN-05151-03"], clsc.ChildCodes);
        Assert.Equal(["99", "05", "051", "0515", "05151"], da.Ancestors.Select(a => a.Code));
        Assert.Equal("RLS de Sherbrooke", da.Ancestors[3].NameFr);
        Assert.Empty(da.ChildCodes);
        Assert.StartsWith("AD synthétique", da.NameFr, StringComparison.Ordinal);
        Assert.InRange(da.CentroidLatitude!.Value, 45.3, 45.5);
        Assert.Empty(province.Ancestors);
        Assert.Equal(["05"], province.ChildCodes);
    }

    [Fact]
    public async Task Pages_cover_the_filtered_list_once_sorted_by_code()
    {
        var (version, _) = await ImportDemoAsync();
        var codes = new List<string>();

        PagedList<TerritorySummary> page;
        var number = 0;
        do
        {
            page = await (await _client.GetAsync($"/territories?version={version}&page={++number}&pageSize=10")).ReadAsync<PagedList<TerritorySummary>>();
            Assert.Equal((48, 5, 10), (page.TotalCount, page.TotalPages, page.PageSize));
            codes.AddRange(page.Items.Select(t => t.Code));
        }
        while (page.Items.Count == 10);

        Assert.Equal(5, number);
        Assert.Equal(48, codes.Distinct().Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        var beyond = await (await _client.GetAsync($"/territories?version={version}&page=6&pageSize=10")).ReadAsync<PagedList<TerritorySummary>>();
        Assert.Empty(beyond.Items);
    }

    [Fact]
    public async Task Search_matches_code_prefixes_and_names()
    {
        var (version, _) = await ImportDemoAsync();

        var byName = await (await _client.GetAsync($"/territories?version={version}&q=lennoxville")).ReadAsync<PagedList<TerritorySummary>>();
        var byCode = await (await _client.GetAsync($"/territories?version={version}&q=0519")).ReadAsync<PagedList<TerritorySummary>>();
        var literal = await (await _client.GetAsync($"/territories?version={version}&q=%25")).ReadAsync<PagedList<TerritorySummary>>();

        Assert.Equal(["SYN-05151-03"], byName.Items.Select(t => t.Code));
        Assert.Equal(["0519", "05191"], byCode.Items.Select(t => t.Code));
        Assert.Equal(0, literal.TotalCount);
    }

    [Fact]
    public async Task The_hierarchy_export_holds_every_territory_and_imports_back_to_the_same_hash()
    {
        var (version, summary) = await ImportDemoAsync();

        var response = await _client.GetAsync($"/territories/hierarchies/{version}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var export = JsonDocument.Parse(body);
        var territories = export.RootElement.GetProperty("territories").EnumerateArray().ToList();
        Assert.Equal(48, territories.Count);
        Assert.Equal(summary.ContentHash, export.RootElement.GetProperty("contentHash").GetString());
        var estrie = territories.Single(t => t.GetProperty("code").GetString() == "05");
        Assert.Equal(("region", "99"), (estrie.GetProperty("level").GetString(), estrie.GetProperty("parentCode").GetString()));

        var copy = await _client.PostJsonAsync(HttpHelpers.NewVersion("copy"), body);
        Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
        Assert.Equal(summary.ContentHash, (await copy.ReadAsync<HierarchyImportSummary>()).ContentHash);
    }

    [Fact]
    public async Task The_export_carries_its_content_hash_as_etag_and_honours_if_none_match()
    {
        var (version, summary) = await ImportDemoAsync();

        var first = await _client.GetAsync($"/territories/hierarchies/{version}");
        Assert.Equal($"\"{summary.ContentHash}\"", first.Headers.ETag?.Tag);

        var request = new HttpRequestMessage(HttpMethod.Get, $"/territories/hierarchies/{version}");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{summary.ContentHash}\""));
        var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Without_a_version_queries_use_the_latest_import_and_versions_are_listed_newest_first()
    {
        var (older, _) = await ImportDemoAsync();
        var newer = HttpHelpers.NewVersion("latest");
        Assert.Equal(HttpStatusCode.Created, (await _client.PostCsvAsync(newer, HierarchyFiles.Sherbrooke().ToCsv())).StatusCode);

        var page = await (await _client.GetAsync("/territories")).ReadAsync<PagedList<TerritorySummary>>();
        var versions = await (await _client.GetAsync("/territories/hierarchies")).ReadAsync<List<HierarchyVersionInfo>>();

        Assert.Equal(7, page.TotalCount); // the newer version's seven, not the older one's 48
        Assert.Equal(newer, versions[0].Version);
        Assert.True(versions[0].IsLatest);
        Assert.Contains(versions, v => v.Version == older && !v.IsLatest && v.TerritoryCount == 48);
    }

    [Theory]
    [InlineData("/territories?version=never-imported", HttpStatusCode.NotFound)]
    [InlineData("/territories/0515?version=never-imported", HttpStatusCode.NotFound)]
    [InlineData("/territories/hierarchies/never-imported", HttpStatusCode.NotFound)]
    [InlineData("/territories/nowhere", HttpStatusCode.NotFound)]
    [InlineData("/territories?level=county", HttpStatusCode.BadRequest)]
    [InlineData("/territories?pageSize=1001", HttpStatusCode.BadRequest)]
    [InlineData("/territories?page=0", HttpStatusCode.BadRequest)]
    public async Task Unknown_versions_and_territories_are_404_and_bad_filters_400(string url, HttpStatusCode expected)
    {
        await ImportDemoAsync();

        var response = await _client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
