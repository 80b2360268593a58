using System.Net;
using System.Text.Json;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Errors;
using ClinicalProject.Testing.Faults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace ClinicalProject.PopulationProfiling.Tests.Hardening;

/// <summary>
/// Issue 14: an exception no handler caught answered 500 with an empty body (or, in Development, a stack
/// trace). Every service now answers a problem carrying the trace id, and logs the exception under that id.
/// </summary>
public sealed class UnexpectedErrorTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private const string Secret = "connection string Password=hunter2";

    [Fact]
    public async Task An_uncaught_exception_answers_a_problem_with_the_trace_id_and_is_logged_under_it()
    {
        CapturedLogs logs = null!;
        await using var faulty = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            logs = CapturedLogs.AddTo(services);
            ThrowingPath.Add(services, "/fault", () => new InvalidOperationException(Secret));
        }));
        using var client = faulty.CreateClient();

        using var response = await client.GetAsync("/fault");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal(ExceptionProblems.UnexpectedType, problem.GetProperty("type").GetString());
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        var traceId = problem.GetProperty("traceId").GetString();
        Assert.False(string.IsNullOrEmpty(traceId));
        var logged = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(traceId!, StringComparison.Ordinal));
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task A_request_the_server_could_not_read_answers_the_status_it_chose_as_a_problem()
    {
        await using var faulty = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            ThrowingPath.Add(services, "/unreadable", () => new IOException("copy failed",
                new BadHttpRequestException("Unexpected end of request content.", StatusCodes.Status400BadRequest)))));
        using var client = faulty.CreateClient();

        using var response = await client.PostAsync("/unreadable", new StringContent("x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal(ExceptionProblems.MalformedRequestType, problem.GetProperty("type").GetString());
        Assert.Equal("Unexpected end of request content.", problem.GetProperty("detail").GetString());
    }
}
