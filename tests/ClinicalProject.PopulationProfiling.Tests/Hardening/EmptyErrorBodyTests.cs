using System.Net;
using System.Text;
using System.Text.Json;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Hardening;

/// <summary>
/// Issue 14, defect 10: 4xx answers the framework writes itself (a query value that does not bind, an import
/// id that is not a GUID, a path with no endpoint) had no body. Each is an RFC 7807 problem now.
/// </summary>
public sealed class EmptyErrorBodyTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("GET", "/indicators?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/imports?pageSize=1e3", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/imports/not-a-guid", HttpStatusCode.NotFound)]
    [InlineData("POST", "/no-such-resource", HttpStatusCode.NotFound)]
    [InlineData("PUT", "/indicators/x", HttpStatusCode.UnsupportedMediaType)]
    public async Task A_framework_error_answer_is_a_problem_document(string method, string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent("x", Encoding.UTF8, "text/plain");
        }

        using var response = await _client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, JsonSerializer.Deserialize<JsonElement>(body).GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // no stack trace
    }
}
