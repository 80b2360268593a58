using System.Net;
using System.Text;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Deprivation;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.ReferenceData;

public sealed class DeprivationApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task An_index_is_imported_once_queried_and_reimported_idempotently()
    {
        var hierarchy = await ImportHierarchyAsync();
        var version = HttpHelpers.NewVersion("dep");
        const string csv = "daCode;materialScore;socialScore;materialQuintile;socialQuintile\nT-DA-1;0,0123;-0,05;2;5\nT-DA-2;;;4;1\n";

        var first = await PostAsync(version, hierarchy, csv);
        var again = await PostAsync(version, hierarchy, csv.Replace("T-DA-2;;;4;1\n", string.Empty).Insert(csv.IndexOf("T-DA-1", StringComparison.Ordinal), "T-DA-2;;;4;1\n"));
        var other = await PostAsync(version, hierarchy, csv.Replace(";2;5", ";3;5"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // same rows, other order
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        var scores = await (await _client.GetAsync($"/deprivation/{version}")).ReadAsync<PagedList<DeprivationScoreDto>>();
        Assert.Equal(
            [new DeprivationScoreDto("T-DA-1", 0.0123, -0.05, 2, 5), new DeprivationScoreDto("T-DA-2", null, null, 4, 1)],
            scores.Items);
        var q5 = await (await _client.GetAsync($"/deprivation/{version}?socialQuintile=5")).ReadAsync<PagedList<DeprivationScoreDto>>();
        Assert.Equal(["T-DA-1"], q5.Items.Select(s => s.DaCode));
    }

    [Fact]
    public async Task Unknown_das_territories_that_are_not_das_and_bad_quintiles_are_reported_by_row()
    {
        var hierarchy = await ImportHierarchyAsync();
        var version = HttpHelpers.NewVersion("dep");
        const string csv = "daCode,materialQuintile,socialQuintile\nT-DA-1,1,1\nNOPE,2,2\n05151,3,3\nT-DA-2,6,1\nT-DA-1,1,1\n";

        var response = await PostAsync(version, hierarchy, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Equal(
            [(2, "daCode", "NOPE", DeprivationCsvReader.UnknownDa), (3, "daCode", "05151", DeprivationCsvReader.NotADa),
             (4, "materialQuintile", "6", DeprivationCsvReader.InvalidQuintile), (5, "daCode", "T-DA-1", ImportRules.DuplicateCode)],
            problem.Errors.Select(e => (e.Row, e.Field!, e.Value!, e.Rule)));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/deprivation/{version}")).StatusCode);
    }

    private async Task<string> ImportHierarchyAsync()
    {
        var version = HttpHelpers.NewVersion("h");
        Assert.Equal(HttpStatusCode.Created, (await _client.PostCsvAsync(version, HierarchyFiles.Sherbrooke().ToCsv())).StatusCode);
        return version;
    }

    private Task<HttpResponseMessage> PostAsync(string version, string hierarchy, string csv) =>
        _client.PostAsync($"/deprivation/{version}?hierarchyVersion={hierarchy}", new StringContent(csv, Encoding.UTF8, "text/csv"));
}
