using System.Net;
using System.Text;
using ClinicalProject.GapAnalysis.Tests.Infrastructure;

namespace ClinicalProject.GapAnalysis.Tests.Validation;

/// <summary>Malformed bodies on every write endpoint: a 4xx problem document, never a 5xx, and nothing stored.</summary>
public sealed class MalformedBodyTests(GapAnalysisApiFactory factory) : IClassFixture<GapAnalysisApiFactory>
{
    public static TheoryData<string, string> Bodies => new()
    {
        { "/accessibility", "[]" },
        { "/accessibility", "\"x\"" },
        { "/accessibility", "{\"unknown\": 1}" },
        { "/accessibility", "{\"demand\": [null], \"supply\": []}" },
        { "/accessibility", "{\"demand\": [{\"code\": null, \"demand\": 1, \"latitude\": 0, \"longitude\": 0}], \"supply\": [{\"id\": \"s\", \"supply\": 1, \"latitude\": 0, \"longitude\": 0}]}" },
        { "/accessibility", "{\"demand\": [], \"supply\": [], \"travelTimes\": [null]}" },
        { "/accessibility", "{\"demand\": [], \"supply\": [], \"parameters\": {\"method\": \"nope\"}}" },
        { "/accessibility", "{\"demand\": [], \"supply\": [], \"parameters\": {\"method\": \"enhancedTwoStep\", \"stepWeights\": [null]}}" },
        { "/accessibility", "{\"demand\": [{\"code\": \"a\", \"demand\": 1e400, \"latitude\": 0, \"longitude\": 0}], \"supply\": []}" },
        { "/analyses/latest/scenarios", "{\"changes\": [null]}" },
        { "/analyses/latest/scenarios", "{\"changes\": [{\"kind\": \"add-capacity\", \"siteId\": \"33333333-3333-3333-3333-333333333333\", \"program\": 8, \"amount\": 1e308}]}" },
        { "/analyses/latest/scenarios", "{\"changes\": [{\"kind\": \"add-corridor\", \"program\": 8, \"level\": \"tenth-line\"}]}" },
        { "/analyses/latest/scenarios", "{\"changes\": 5}" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Each_is_refused_with_a_problem(string route, string body)
    {
        var client = await factory.CreateSeededClientAsync();
        factory.Sources.ServeProfile(TestWorld.Profile());
        if ((await client.GetAsync("/analyses/latest")).StatusCode == HttpStatusCode.NotFound)
        {
            using var run = await client.PostAsync("/analyses", null);
            Assert.True(run.IsSuccessStatusCode || run.StatusCode == HttpStatusCode.Conflict);
        }

        var before = (await client.GetJsonAsync("/analyses"))["totalCount"]!.GetValue<int>();
        using var response = await client.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, (await client.GetJsonAsync("/analyses"))["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/travel-times/t1", "\u00ff\u00fe not utf-8")]
    [InlineData("/travel-times/t1", "")]
    [InlineData("/travel-times/a b", "origin,site,minutes\n")]
    public async Task Matrix_bodies_and_versions_are_refused_with_a_problem(string route, string body)
    {
        var client = await factory.CreateSeededClientAsync();
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = new("text/csv");
        using var response = await client.PostAsync(route, content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
