using System.Net;
using System.Text;
using System.Text.Json;
using ClinicalProject.Contracts;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.Territories.ReadModel.Queries;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Tests.Territories;

public sealed class TerritoryImportApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public async Task A_csv_import_is_stored_summarised_and_queryable(char delimiter)
    {
        var version = HttpHelpers.NewVersion();

        var response = await _client.PostCsvAsync(version, HierarchyFiles.Sherbrooke().ToCsv(delimiter));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/territories/hierarchies/{version}", response.Headers.Location?.OriginalString);
        var summary = await response.ReadAsync<HierarchyImportSummary>();
        Assert.Equal((version, 7), (summary.Version, summary.TerritoryCount));
        Assert.Matches("^[0-9a-f]{64}$", summary.ContentHash);
        Assert.Equal(
            new Dictionary<string, int> { ["province"] = 1, ["region"] = 1, ["rts"] = 1, ["rls"] = 1, ["clsc"] = 1, ["da"] = 2 },
            summary.CountsByLevel);

        var region = await (await _client.GetAsync($"/territories/05?version={version}")).ReadAsync<TerritoryDetail>();
        Assert.Equal(("05", "region", "99", "Estrie"), (region.Code, region.Level, region.ParentCode, region.NameFr));
        var das = await (await _client.GetAsync($"/territories?version={version}&level=da")).ReadAsync<PagedList<TerritorySummary>>();
        Assert.Equal(["T-DA-1", "T-DA-2"], das.Items.Select(t => t.Code));
        Assert.Equal(45.41, das.Items[0].CentroidLatitude);
    }

    [Fact]
    public async Task A_json_import_with_geometry_is_stored_and_returned()
    {
        var version = HttpHelpers.NewVersion();
        var json = HierarchyFiles.Sherbrooke().ToJson(row => row == 6 ? new { type = "Point", coordinates = new[] { -71.86, 45.41 } } : null);

        var response = await _client.PostJsonAsync(version, json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(7, (await response.ReadAsync<HierarchyImportSummary>()).TerritoryCount);
        var da = await (await _client.GetAsync($"/territories/T-DA-1?version={version}")).ReadAsync<TerritoryDetail>();
        Assert.Equal("Point", da.Geometry?.GetProperty("type").GetString());
        Assert.Equal(45.41, da.Geometry?.GetProperty("coordinates")[1].GetDouble());
    }

    [Fact]
    public async Task The_same_content_in_csv_and_json_has_the_same_hash()
    {
        var csv = await (await _client.PostCsvAsync(HttpHelpers.NewVersion(), HierarchyFiles.Sherbrooke().ToCsv(';'))).ReadAsync<HierarchyImportSummary>();
        var json = await (await _client.PostJsonAsync(HttpHelpers.NewVersion(), HierarchyFiles.Sherbrooke().ToJson())).ReadAsync<HierarchyImportSummary>();

        Assert.Equal(csv.ContentHash, json.ContentHash);
    }

    [Fact]
    public async Task A_successful_import_writes_one_outbox_row_and_publishes_one_event()
    {
        var version = HttpHelpers.NewVersion();

        var summary = await (await _client.PostCsvAsync(version, HierarchyFiles.Sherbrooke().ToCsv())).ReadAsync<HierarchyImportSummary>();

        var outbox = await WaitUntilSentAsync(version);
        var stored = Assert.Single(outbox);
        Assert.Equal((version, 7, summary.ContentHash), (stored.HierarchyVersion, stored.TerritoryCount, stored.ContentHash));
        Assert.True(await factory.Harness.Published.Any<TerritoryHierarchyImported>(m => m.Context.Message.HierarchyVersion == version));
        var published = Assert.Single(factory.Harness.Published.Select<TerritoryHierarchyImported>(m => m.Context.Message.HierarchyVersion == version));
        var message = (TerritoryHierarchyImported)published.MessageObject;
        Assert.Equal((7, summary.ContentHash), (message.TerritoryCount, message.ContentHash));
    }

    [Fact]
    public async Task Importing_the_same_version_with_the_same_content_again_is_idempotent()
    {
        var version = HttpHelpers.NewVersion();
        var first = await (await _client.PostCsvAsync(version, HierarchyFiles.Sherbrooke().ToCsv(','))).ReadAsync<HierarchyImportSummary>();
        await WaitUntilSentAsync(version);

        // Same content, other format, other delimiter, other row order: still the same hierarchy.
        var again = await _client.PostJsonAsync(version, HierarchyFiles.Sherbrooke().Reverse().ToList().ToJson());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.ReadAsync<HierarchyImportSummary>();
        Assert.Equal((first.ContentHash, first.ImportedAt), (second.ContentHash, second.ImportedAt));
        Assert.Single(await WaitUntilSentAsync(version));
        Assert.Single(factory.Harness.Published.Select<TerritoryHierarchyImported>(m => m.Context.Message.HierarchyVersion == version));
        Assert.Equal(7, (await (await _client.GetAsync($"/territories?version={version}")).ReadAsync<PagedList<TerritorySummary>>()).TotalCount);
    }

    [Fact]
    public async Task Simultaneous_imports_of_one_new_version_store_it_once()
    {
        var version = HttpHelpers.NewVersion();
        var csv = HierarchyFiles.Sherbrooke().ToCsv();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _client.PostCsvAsync(version, csv)));

        // One wins; the others find it, before their insert or (losing the race) after their failed one.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created], responses.Select(r => r.StatusCode).Order());
        Assert.Single(await WaitUntilSentAsync(version));
        Assert.Equal(7, await factory.QueryDbAsync(db => db.Territories.CountAsync(t => t.HierarchyVersion == version)));
    }

    [Fact]
    public async Task Importing_other_content_under_an_existing_version_is_a_conflict()
    {
        var version = HttpHelpers.NewVersion();
        await _client.PostCsvAsync(version, HierarchyFiles.Sherbrooke().ToCsv());
        var changed = HierarchyFiles.Sherbrooke().With(7, "nameEn", "Test DA two");

        var response = await _client.PostCsvAsync(version, changed.ToCsv());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("urn:clinicalproject:problem:territory-hierarchy-version-conflict", problem.RootElement.GetProperty("type").GetString());
        var detail = await (await _client.GetAsync($"/territories/T-DA-2?version={version}")).ReadAsync<TerritoryDetail>();
        Assert.Equal("Test DA 2", detail.NameEn);
        Assert.Single(await WaitUntilSentAsync(version));
    }

    [Fact]
    public async Task A_body_that_is_neither_csv_nor_json_is_unsupported()
    {
        var body = new StringContent(HierarchyFiles.Sherbrooke().ToCsv(), Encoding.UTF8, "text/plain");

        var response = await _client.PostAsync($"/territories/hierarchies/{HttpHelpers.NewVersion()}", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The version's outbox events, once the dispatcher has sent them all.</summary>
    private async Task<List<TerritoryHierarchyImported>> WaitUntilSentAsync(string version)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var rows = await factory.QueryDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.MessageType == MessageContracts.NameOf(typeof(TerritoryHierarchyImported)))
                .ToListAsync());
            var mine = rows
                .Select(r => (Row: r, Event: JsonSerializer.Deserialize<TerritoryHierarchyImported>(r.Body, HttpHelpers.Json)!))
                .Where(x => x.Event.HierarchyVersion == version)
                .ToList();
            if (mine.All(x => x.Row.SentAtUtc is not null))
            {
                return mine.Select(x => x.Event).ToList();
            }

            Assert.True(DateTime.UtcNow < deadline, $"The outbox did not send the events of {version} within 15 s.");
            await Task.Delay(50);
        }
    }
}
