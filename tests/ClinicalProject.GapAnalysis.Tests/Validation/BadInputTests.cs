using System.Net;
using System.Net.Http.Json;
using System.Text;
using ClinicalProject.GapAnalysis.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Tests.Validation;

/// <summary>Bad input gets a 400 problem naming the field or row and the rule, and nothing is stored.</summary>
public sealed class BadInputTests(GapAnalysisApiFactory factory) : IClassFixture<GapAnalysisApiFactory>
{
    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task A_matrix_with_a_bad_row_is_refused_whole_naming_the_row()
    {
        var client = await factory.CreateSeededClientAsync();
        var site = Guid.NewGuid();
        using var response = await client.PostAsync("/travel-times/tt-1", Csv($"origin,site,minutes\nd1,{site},12.5\nd2,{site},-3\nnowhere,{site},4\nd1,{site},7\n"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsArray()
            .Select(e => (e!["row"]!.GetValue<int>(), e["field"]!.GetValue<string>(), e["rule"]!.GetValue<string>())).ToArray();
        Assert.Equal([(2, "minutes", "minutes-not-finite-non-negative"), (3, "origin", "unknown-territory"), (4, "site", "duplicate-pair")], errors);
        Assert.Equal(0, await factory.WithDbAsync(db => db.TravelTimes.CountAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.TravelTimeMatrices.CountAsync()));
    }

    [Fact]
    public async Task A_matrix_without_its_columns_is_refused_on_the_header()
    {
        var client = await factory.CreateSeededClientAsync();
        using var response = await client.PostAsync("/travel-times/tt-2", Csv("origin,destination\nd1,x\n"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync())["errors"]![0]!;
        Assert.Equal((0, "minutes", "missing-column"), (error["row"]!.GetValue<int>(), error["field"]!.GetValue<string>(), error["rule"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_good_matrix_is_stored_once_and_the_same_version_with_other_content_conflicts()
    {
        var client = await factory.CreateSeededClientAsync();
        var site = Guid.NewGuid();
        using var created = await client.PostAsync("/travel-times/tt-3", Csv($"Minutes;SiteId;Origin\n12.5;{site};d1\n40;{site};d3\n"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(2, (await created.ReadJsonAsync())["entryCount"]!.GetValue<int>());
        using var again = await client.PostAsync("/travel-times/tt-3", Csv($"origin,site,minutes\nd3,{site},40\nd1,{site},12.5\n"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var other = await client.PostAsync("/travel-times/tt-3", Csv($"origin,site,minutes\nd1,{site},13\n"));
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.TravelTimes.CountAsync(t => t.MatrixVersion == "tt-3")));
    }

    [Theory]
    [InlineData("/gaps?type=hours", "type")]
    [InlineData("/gaps?program=12", "program")]
    [InlineData("/gaps?pageSize=0", "pageSize")]
    [InlineData("/access-scores?program=0", "program")]
    [InlineData("/analyses/latest/compare", "with")]
    public async Task Bad_query_parameters_are_named(string route, string field)
    {
        var client = await factory.CreateSeededClientAsync();
        using var response = await client.GetAsync(route);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync())["errors"]![field] is not null);
    }

    [Fact]
    public async Task Ad_hoc_accessibility_names_the_bad_row_and_field()
    {
        var client = await factory.CreateSeededClientAsync();
        using var response = await client.PostAsJsonAsync("/accessibility", new
        {
            demand = new[] { new { code = "a", demand = 100.0, latitude = 45.0, longitude = -72.0 }, new { code = "b", demand = -5.0, latitude = 45.0, longitude = -72.0 } },
            supply = new[] { new { id = "s", supply = 1.0, latitude = 45.0, longitude = -72.0 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.Contains(errors, e => e.Key.Contains("demand[1]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ad_hoc_malformed_json_is_a_problem_naming_where()
    {
        var client = await factory.CreateSeededClientAsync();
        using var response = await client.PostAsync("/accessibility", new StringContent("{\"demand\": [ {\"code\": 3", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadJsonAsync())["errors"]!.AsObject());
    }

    [Fact]
    public async Task Ad_hoc_two_step_on_a_hand_worked_case()
    {
        // Sites s1 (10) reaches a (100) and b (300) within 10 minutes of a matrix; s2 (4) reaches b only.
        // R1 = 10 / 400 = 0.025, R2 = 4 / 300; A(a) = 0.025, A(b) = 0.025 + 4/300.
        var client = await factory.CreateSeededClientAsync();
        using var response = await client.PostAsJsonAsync("/accessibility", new
        {
            demand = new[] { new { code = "a", demand = 100.0, latitude = 0.0, longitude = 0.0 }, new { code = "b", demand = 300.0, latitude = 0.0, longitude = 0.0 } },
            supply = new[] { new { id = "s1", supply = 10.0, latitude = 0.0, longitude = 0.0 }, new { id = "s2", supply = 4.0, latitude = 0.0, longitude = 0.0 } },
            travelTimes = new[]
            {
                new { originCode = "a", siteId = "s1", minutes = 5.0 }, new { originCode = "b", siteId = "s1", minutes = 9.0 },
                new { originCode = "b", siteId = "s2", minutes = 10.0 }, new { originCode = "a", siteId = "s2", minutes = 11.0 },
            },
            parameters = new { method = "twoStep", catchmentMinutes = 10.0 },
        });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        var access = body["areas"]!.AsArray().Select(a => a!["access"]!.GetValue<double>()).ToArray();
        Assert.Equal(0.025, access[0], 12);
        Assert.Equal(0.025 + (4.0 / 300), access[1], 12);
    }

    [Fact]
    public async Task A_scenario_with_bad_changes_names_each_and_changes_nothing()
    {
        await using var own = new GapAnalysisApiFactory();
        var client = await own.CreateClientWithAnalysisAsync();
        using var response = await client.PostAsJsonAsync("/analyses/latest/scenarios", new
        {
            changes = new object[]
            {
                new { kind = "demolish" },
                new { kind = "close-site", siteId = Guid.NewGuid() },
                new { kind = "open-site", latitude = 120.0, longitude = -72.0, program = 8, amount = 1.0 },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order().ToArray();
        Assert.Equal(["changes[0].kind", "changes[1].siteId", "changes[2].latitude"], fields);
        Assert.Equal(1, (await client.GetJsonAsync("/analyses"))["totalCount"]!.GetValue<int>());
    }
}
