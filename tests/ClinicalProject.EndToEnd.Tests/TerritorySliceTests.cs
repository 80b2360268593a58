using System.Net;
using System.Text;
using System.Text.Json;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>
/// The territory slice: the demo hierarchy, imported into population profiling through the gateway by the demo
/// loader, announced on the broker and consumed by the three other services, is answered by all four through the
/// gateway; a refused import changes nothing anywhere; probes answer on the services' own ports only.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class TerritorySliceTests(SuiteFixture fixture)
{
    private static readonly string[] AllPrefixes = ["profiling", "inventory", "gaps", "impact"];

    [Fact]
    public async Task The_demo_territories_are_answered_by_every_service_through_the_gateway()
    {
        foreach (var prefix in AllPrefixes)
        {
            using var page = await fixture.Gateway.GetJsonAsync($"api/v1/{prefix}/territories?version=2021&level=rls&pageSize=100");
            var items = page.RootElement.GetProperty("items").EnumerateArray().ToList();
            // Estrie's nine local services networks, 0511 to 0519, all under RTS 051.
            Assert.Equal(
                ["0511", "0512", "0513", "0514", "0515", "0516", "0517", "0518", "0519"],
                items.Select(t => t.GetProperty("code").GetString()!).Order().ToArray());
            Assert.All(items, t => Assert.Equal("051", t.GetProperty("parentCode").GetString()));
            Assert.Contains("Sherbrooke", items.Single(t => t.GetProperty("code").GetString() == "0515").GetProperty("nameFr").GetString(), StringComparison.Ordinal);
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
        using var response = await fixture.Gateway.PostAsync($"api/v1/profiling/territories/hierarchies/{version}", content);

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
            using var hierarchies = await fixture.Gateway.GetJsonAsync($"api/v1/{prefix}/territories/hierarchies");
            Assert.DoesNotContain(hierarchies.RootElement.EnumerateArray(), h => h.GetProperty("version").GetString() == version);
        }
    }

    [Fact]
    public async Task Probes_answer_on_each_service_port_but_not_through_the_gateway()
    {
        foreach (var prefix in AllPrefixes)
        {
            using var health = await fixture.Gateway.GetAsync($"api/v1/{prefix}/health");
            Assert.Equal(HttpStatusCode.NotFound, health.StatusCode);
        }

        using var direct = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        foreach (var service in SuiteFixture.Services)
        {
            using var ready = await direct.GetAsync(new Uri(fixture.AddressOf(service), "/health"));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
            var checks = report.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
            // A service is ready only with its database and its broker.
            Assert.Contains(checks, c => c.EndsWith("db-database", StringComparison.Ordinal));
            Assert.Contains(checks, c => c.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
            using var alive = await direct.GetAsync(new Uri(fixture.AddressOf(service), "/alive"));
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        }
    }
}
