using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ClinicalProject.Testing.Fuzz;

/// <summary>The fuzz run every service's tests make: the requests, the answers checked, the tables counted before and after.</summary>
public static class FuzzAssertions
{
    /// <summary>
    /// Fuzzes every endpoint of <paramref name="factory"/>'s service with <paramref name="client"/> (give it a role
    /// every policy admits, so requests reach the handlers): no 5xx, every 4xx a problem that says what is wrong,
    /// no table's row count moved.
    /// </summary>
    public static async Task<EndpointFuzzer.Report> AssertMalformedRequestsAreRefusedAsync<TProgram, TContext>(
        ServiceApiFactory<TProgram, TContext> factory, HttpClient client, int seed, int perEndpoint)
        where TProgram : class
        where TContext : DbContext
    {
        var requests = EndpointFuzzer.Requests(ServiceEndpoints.Enumerate(factory.Services), seed, perEndpoint);
        var before = await factory.WithDbAsync(db => StoredRows.CountAsync(db));

        var report = await EndpointFuzzer.RunAsync(client, requests);

        var after = await factory.WithDbAsync(db => StoredRows.CountAsync(db));
        Assert.True(report.Failures.Count == 0, $"{report.Failures.Count} of {report.Sent}:\n" + string.Join("\n", report.Failures.Take(40)));
        Assert.Empty(StoredRows.Changes(before, after));
        Assert.Equal(requests.Count, report.Sent);
        return report;
    }
}
