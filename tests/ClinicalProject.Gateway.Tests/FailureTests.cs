using System.Net;
using System.Net.Sockets;
using ClinicalProject.Gateway.Tests.Infrastructure;

namespace ClinicalProject.Gateway.Tests;

/// <summary>A service that is down or too slow is a clear RFC 7807 problem naming it: 502 or 504.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task A_service_that_is_down_is_a_502_problem_naming_it()
    {
        await using var gateway = await GatewayHost.StartAsync(serviceAddress: $"http://127.0.0.1:{ClosedPort()}");
        using var client = gateway.Client();
        using var response = await client.GetAsync("/api/v1/inventory/territories");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(502, problem.GetProperty("status").GetInt32());
        Assert.Equal("inventory", problem.GetProperty("service").GetString());
        Assert.Contains("inventory", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_slower_than_its_route_time_out_is_a_504_problem_naming_it()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:Timeouts:read"] = "00:00:00.500",
        });
        using var client = gateway.Client();
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/v1/gaps/slow");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.InRange(started.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5)); // the service takes 10 s
        var problem = await response.ReadProblemAsync();
        Assert.Equal(504, problem.GetProperty("status").GetInt32());
        Assert.Equal("gapanalysis", problem.GetProperty("service").GetString());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // closed again when disposed
    }
}
