using System.Net;
using System.Text.Json;
using ClinicalProject.Gateway.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using ClinicalProject.Testing.Faults;
using Microsoft.Extensions.Logging;

namespace ClinicalProject.Gateway.Tests;

/// <summary>Issue 14 at the gateway: the client's own faults are 400s, and nothing leaves as an empty 500.</summary>
public sealed class HardeningTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("/api/v1/profiling/datasets/population/v1?hierarchyVersion=2021", ClinicalRoles.Analyst)]
    [InlineData("/api/v1/inventory/hsds/import", ClinicalRoles.Planner)]
    public async Task A_malformed_chunked_body_is_the_clients_fault_a_400_problem_not_a_502(string path, string role)
    {
        var token = TestTokens.Bearer(role).Parameter;

        var (status, headers, body) = await RawHttp.SendAsync(fixture.Host.Address,
            $"POST {path} HTTP/1.1\r\nAuthorization: Bearer {token}\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked",
            "5\r\nhello\r\nZZ-not-a-chunk-size\r\n");

        Assert.True(status == 400, $"{status}\n{headers}\n{body}");
        Assert.Contains("application/problem+json", headers, StringComparison.OrdinalIgnoreCase);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains("malformed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uncaught_exception_in_the_gateway_answers_a_problem_with_the_trace_id_and_is_logged_under_it()
    {
        CapturedLogs logs = null!;
        await using var host = await GatewayHost.StartAsync(testServices: services =>
        {
            logs = CapturedLogs.AddTo(services);
            ThrowingPath.Add(services, "/fault", () => new InvalidOperationException("Password=hunter2"));
        });
        using var client = host.Client();

        using var response = await client.GetAsync("/fault");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.DoesNotContain("hunter2", problem.GetRawText(), StringComparison.Ordinal);
        var traceId = problem.GetProperty("traceId").GetString();
        Assert.False(string.IsNullOrEmpty(traceId));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(traceId!, StringComparison.Ordinal) && e.Exception is InvalidOperationException);
    }
}
