using System.Net;
using System.Text;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.Territories.ReadModel.Queries;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Tests.Territories;

/// <summary>Every rule, through HTTP: a 400 problem naming row, field and rule, and nothing stored.</summary>
public sealed class TerritoryImportValidationApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, int, string?, string> InvalidCsvFiles()
    {
        var valid = HierarchyFiles.Sherbrooke();
        return new()
        {
            { "unknown parent", valid.With(6, "parentCode", "05152").ToCsv(), 6, "parentCode", ImportRules.UnknownParent },
            { "cycle", valid.With(3, "parentCode", "05151").ToCsv(), 3, "parentCode", ImportRules.Cycle },
            { "self parent", valid.With(4, "parentCode", "0515").ToCsv(';'), 4, "parentCode", ImportRules.Cycle },
            { "duplicate code", valid.Append(["T-DA-1", "da", "05151", "Doublon", "Duplicate", "", ""]).ToCsv(), 8, "code", ImportRules.DuplicateCode },
            { "level out of order", valid.With(6, "parentCode", "0515").ToCsv(), 6, "level", ImportRules.LevelOutOfOrder },
            { "root not a province", valid.Append(["06", "region", "", "Montréal", "Montreal", "", ""]).ToCsv(), 8, "parentCode", ImportRules.LevelOutOfOrder },
            { "missing name", valid.With(5, "nameFr", " ").ToCsv(), 5, "nameFr", ImportRules.Required },
            { "missing code", valid.Append(["", "da", "05151", "AD", "DA", "", ""]).ToCsv(), 8, "code", ImportRules.Required },
            { "unknown level", valid.With(4, "level", "quartier").ToCsv(), 4, "level", ImportRules.UnknownLevel },
            { "latitude out of range", valid.With(7, "centroidLatitude", "145.2").ToCsv(), 7, "centroidLatitude", ImportRules.CoordinateOutOfRange },
            { "longitude not a number", valid.With(7, "centroidLongitude", "71 W").ToCsv(), 7, "centroidLongitude", ImportRules.InvalidNumber },
            { "missing column", "code,level,nameFr,nameEn\n99,province,Québec,Quebec\n", 0, "parentCode", ImportRules.MissingColumn },
            { "header only", string.Join(',', HierarchyFiles.Header) + "\n", 0, null, ImportRules.NoTerritories },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidCsvFiles))]
    public async Task An_invalid_csv_file_is_refused_with_the_row_field_and_rule(string because, string csv, int row, string? field, string rule)
    {
        var version = HttpHelpers.NewVersion("bad");

        var response = await _client.PostCsvAsync(version, csv);

        await AssertRefusedAsync(response, version, because, row, field, rule);
    }

    [Fact]
    public async Task An_invalid_json_file_is_refused_with_the_index_based_row()
    {
        var version = HttpHelpers.NewVersion("bad");
        var json = HierarchyFiles.Sherbrooke().With(2, "parentCode", "98").ToJson();

        var response = await _client.PostJsonAsync(version, json);

        await AssertRefusedAsync(response, version, "unknown parent in JSON", 2, "parentCode", ImportRules.UnknownParent);
    }

    [Fact]
    public async Task A_json_value_of_the_wrong_type_names_its_row_and_field()
    {
        var version = HttpHelpers.NewVersion("bad");
        var json = HierarchyFiles.Sherbrooke().ToJson().Replace("\"centroidLatitude\":45.39", "\"centroidLatitude\":\"north\"", StringComparison.Ordinal);

        var response = await _client.PostJsonAsync(version, json);

        await AssertRefusedAsync(response, version, "string latitude", 7, "centroidLatitude", ImportRules.InvalidJson);
    }

    [Fact]
    public async Task Unreadable_json_gets_one_error_saying_where()
    {
        var version = HttpHelpers.NewVersion("bad");

        var response = await _client.PostJsonAsync(version, """{ "territories": [ { "code": "99", } ] }""");

        var problem = await AssertRefusedAsync(response, version, "trailing comma", 1, null, ImportRules.InvalidJson);
        Assert.Contains("line 1", Assert.Single(problem.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_json_property_is_refused()
    {
        var version = HttpHelpers.NewVersion("bad");
        var json = HierarchyFiles.Sherbrooke().ToJson().Replace("\"parentCode\":\"99\"", "\"parent\":\"99\"", StringComparison.Ordinal);

        var response = await _client.PostJsonAsync(version, json);

        await AssertRefusedAsync(response, version, "unknown property", 2, "parent", ImportRules.InvalidJson);
    }

    [Fact]
    public async Task A_csv_file_that_is_not_utf8_is_refused()
    {
        var version = HttpHelpers.NewVersion("bad");
        var latin1 = new ByteArrayContent(Encoding.Latin1.GetBytes(HierarchyFiles.Sherbrooke().ToCsv()));
        latin1.Headers.ContentType = new("text/csv");

        var response = await _client.PostAsync($"/territories/hierarchies/{version}", latin1);

        await AssertRefusedAsync(response, version, "Latin-1 bytes", 0, null, ImportRules.InvalidEncoding);
    }

    [Fact]
    public async Task A_bad_version_label_is_refused()
    {
        var response = await _client.PostCsvAsync("not%20a%20label", HierarchyFiles.Sherbrooke().ToCsv());

        await AssertRefusedAsync(response, "not a label", "spaces in the label", 0, "version", ImportRules.InvalidVersion);
    }

    [Fact]
    public async Task At_most_one_hundred_errors_are_listed_with_the_total_count()
    {
        var version = HttpHelpers.NewVersion("bad");
        var orphans = Enumerable.Range(1, 150).Select(i => new[] { $"X{i}", "da", "nowhere", "AD", "DA", "", "" }).ToArray();

        var response = await _client.PostCsvAsync(version, HierarchyFiles.Sherbrooke().Append(orphans).ToCsv());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Equal(150, problem.ErrorCount);
        Assert.Equal(ImportProblems.MaxListedErrors, problem.Errors.Count);
        Assert.Equal(Enumerable.Range(8, 100), problem.Errors.Select(e => e.Row));
        await AssertNothingStoredAsync(version);
    }

    private async Task<ImportProblem> AssertRefusedAsync(HttpResponseMessage response, string version, string because, int row, string? field, string rule)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{because}: expected 400, got {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Equal(ImportProblems.InvalidHierarchyType, problem.Type);
        Assert.Equal(400, problem.Status);
        Assert.False(string.IsNullOrWhiteSpace(problem.Title));
        Assert.True(problem.Errors.Count >= 1, because);
        Assert.Contains(problem.Errors, e => e.Row == row && e.Field == field && e.Rule == rule && e.Message.Length > 0);
        await AssertNothingStoredAsync(version);
        return problem;
    }

    private async Task AssertNothingStoredAsync(string version)
    {
        var versions = await (await _client.GetAsync("/territories/hierarchies")).ReadAsync<List<HierarchyVersionInfo>>();
        Assert.DoesNotContain(versions, v => v.Version == version);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/territories/hierarchies/{Uri.EscapeDataString(version)}")).StatusCode);
        var stored = await factory.QueryDbAsync(db => db.Territories.CountAsync(t => t.HierarchyVersion == version));
        Assert.Equal(0, stored);
        var events = await factory.QueryDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Body.Contains(version)));
        Assert.Equal(0, events);
    }
}
