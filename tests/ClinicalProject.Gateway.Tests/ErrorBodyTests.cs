using System.Net;
using System.Text;
using ClinicalProject.Gateway.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using ClinicalProject.Testing.Fuzz;

namespace ClinicalProject.Gateway.Tests;

/// <summary>
/// Issue 14, defect 10 at the gateway: what the gateway answers itself (no route, an internal path, a wrong
/// method) is a problem that says what is wrong, and a write to a path no route serves is a 404, not a 403.
/// </summary>
public sealed class ErrorBodyTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("GET", "/api/v1/unknown/territories", ClinicalRoles.Viewer)]
    [InlineData("POST", "/api/v1/unknown/territories", ClinicalRoles.Viewer)]
    [InlineData("PUT", "/no-such-thing", ClinicalRoles.Planner)]
    [InlineData("DELETE", "/api/v1/profiling/health", ClinicalRoles.Admin)]
    [InlineData("POST", "/api/v1/inventory/alive", ClinicalRoles.Planner)]
    public async Task A_path_the_gateway_does_not_serve_is_a_404_problem_for_every_method(string method, string path, string role)
    {
        using var client = fixture.Host.Client(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    /// <summary>
    /// The fuzzer over the gateway's own endpoints (its routes and probes, read from its routing): what the gateway
    /// answers itself (bad versions, unknown paths, limits) is a problem that says what is wrong, never a 5xx; what
    /// it forwards reaches the stand-in service.
    /// </summary>
    [Fact]
    public async Task Malformed_requests_to_every_route_answer_problems_or_reach_the_service()
    {
        using var client = fixture.Host.Client(ClinicalRoles.Admin);
        var requests = EndpointFuzzer.Requests(ServiceEndpoints.Enumerate(fixture.Host.Services), seed: 14, perEndpoint: 10);

        var report = await EndpointFuzzer.RunAsync(client, requests);

        Assert.True(report.Failures.Count == 0, $"{report.Failures.Count} of {report.Sent}:\n" + string.Join("\n", report.Failures.Take(40)));
        Assert.True(report.Sent > 100, $"{report.Sent} requests");
    }
}
