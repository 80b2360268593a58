using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClinicalProject.LocalRun.Suite;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>
/// The first slice through the whole suite: a territory hierarchy imported into population profiling through
/// the gateway, validated, stored, announced on the broker, consumed by the three other services into their
/// read models, and answered by all four through the gateway.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class TerritorySliceTests(SuiteFixture fixture)
{
    private static readonly string[] AllPrefixes = ["profiling", "inventory", "gaps", "impact"];
    private static readonly string[] ConsumerPrefixes = ["inventory", "gaps", "impact"];

    [Fact]
    public async Task Demo_territories_imported_through_the_gateway_are_answered_by_every_service()
    {
        await DemoData.LoadTerritoriesAsync(
            fixture.Suite.GatewayAddress, fixture.Suite.TokenFor(ClinicalRoles.Admin), fixture.RepositoryRoot, TextWriter.Null, CancellationToken.None);

        foreach (var prefix in AllPrefixes)
        {
            using var page = await GetJsonAsync($"api/{prefix}/territories?version={DemoData.TerritoriesVersion}&level=rls&pageSize=100");
            var items = page.RootElement.GetProperty("items").EnumerateArray().ToList();
            // Estrie's nine local services networks, 0511 to 0519, all under RTS 051.
            Assert.Equal(
                ["0511", "0512", "0513", "0514", "0515", "0516", "0517", "0518", "0519"],
                items.Select(t => t.GetProperty("code").GetString()!).Order().ToArray());
            Assert.All(items, t => Assert.Equal("051", t.GetProperty("parentCode").GetString()));
            var sherbrooke = items.Single(t => t.GetProperty("code").GetString() == "0515");
            Assert.Contains("Sherbrooke", sherbrooke.GetProperty("nameFr").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_json_hierarchy_imported_through_the_gateway_reaches_the_other_services_read_models()
    {
        var version = "e2e-json-" + Guid.NewGuid().ToString("N")[..6];
        var body = JsonSerializer.Serialize(new
        {
            territories = new object[]
            {
                new { code = "99", level = "province", parentCode = (string?)null, nameFr = "Québec", nameEn = "Quebec" },
                new { code = "05", level = "region", parentCode = "99", nameFr = "Estrie", nameEn = "Estrie" },
                new { code = "051", level = "rts", parentCode = "05", nameFr = "CIUSSS de l'Estrie-CHUS", nameEn = "CIUSSS de l'Estrie-CHUS" },
                new { code = "0515", level = "rls", parentCode = "051", nameFr = "RLS de Sherbrooke", nameEn = "Sherbrooke LSN" },
                new { code = "05151", level = "clsc", parentCode = "0515", nameFr = "CLSC de Sherbrooke", nameEn = "Sherbrooke CLSC" },
            },
        });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await fixture.Gateway.PostAsync($"api/profiling/territories/hierarchies/{version}", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        foreach (var prefix in ConsumerPrefixes)
        {
            await DemoData.WaitForHierarchyAsync(fixture.Gateway, prefix, version, CancellationToken.None);
            using var clsc = await GetJsonAsync($"api/{prefix}/territories/05151?version={version}");
            Assert.Equal("0515", clsc.RootElement.GetProperty("parentCode").GetString());
            Assert.Equal("clsc", clsc.RootElement.GetProperty("level").GetString());
            Assert.Equal("CLSC de Sherbrooke", clsc.RootElement.GetProperty("nameFr").GetString());
        }
    }

    [Fact]
    public async Task An_invalid_import_is_a_problem_naming_row_and_rule_and_changes_nothing_anywhere()
    {
        var version = "e2e-bad-" + Guid.NewGuid().ToString("N")[..6];
        // Row 3 names a parent that is not in the file.
        const string csv = """
            code,level,parentCode,nameFr,nameEn
            99,province,,Québec,Quebec
            05,region,99,Estrie,Estrie
            0515,rls,0XX,RLS de Sherbrooke,Sherbrooke LSN
            """;
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await fixture.Gateway.PostAsync($"api/profiling/territories/hierarchies/{version}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("unknown-parent", error.GetProperty("rule").GetString());
        Assert.Equal("parentCode", error.GetProperty("field").GetString());

        // Nothing stored, nothing announced: give an event time to arrive if one had been sent.
        await Task.Delay(TimeSpan.FromSeconds(2));
        foreach (var prefix in AllPrefixes)
        {
            using var hierarchies = await GetJsonAsync($"api/{prefix}/territories/hierarchies");
            Assert.DoesNotContain(
                HierarchyVersions(hierarchies.RootElement), v => v == version);
        }
    }

    [Fact]
    public async Task Probes_answer_on_each_service_port_but_not_through_the_gateway()
    {
        foreach (var prefix in AllPrefixes)
        {
            using var health = await fixture.Gateway.GetAsync($"api/{prefix}/health");
            Assert.Equal(HttpStatusCode.NotFound, health.StatusCode);
        }

        using var direct = new HttpClient();
        foreach (var process in fixture.Suite.Processes)
        {
            using var ready = await direct.GetAsync(new Uri(process.Address, "/health"));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
            var checks = report.RootElement.GetProperty("checks").EnumerateArray()
                .Select(c => c.GetProperty("name").GetString()!).ToList();
            if (process.Component.DatabaseName is { } database)
            {
                // A service is ready only with its database and its broker.
                Assert.Contains($"{database}-database", checks);
                Assert.Contains(checks, c => c.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
            }

            using var alive = await direct.GetAsync(new Uri(process.Address, "/alive"));
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        }
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await fixture.Gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text);
    }

    /// <summary>The versions in a hierarchies listing (an array, or an object with <c>items</c>).</summary>
    private static IEnumerable<string?> HierarchyVersions(JsonElement listing)
    {
        var array = listing.ValueKind == JsonValueKind.Array ? listing : listing.GetProperty("items");
        return array.EnumerateArray().Select(h => h.GetProperty("version").GetString()).ToList();
    }
}
