using System.Net;
using System.Text.Json;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicalProject.ResourceInventory.Tests.Hardening;

/// <summary>
/// Issue 14, defect 8: with the broker down, MassTransit reports its bus Degraded and <c>/health</c> (readiness)
/// answered 200. Degraded is not ready: 503 (ServiceDefaults, so every service and the gateway answer alike).
/// </summary>
public sealed class HealthProbeTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Theory]
    [InlineData(HealthStatus.Healthy, HttpStatusCode.OK)]
    [InlineData(HealthStatus.Degraded, HttpStatusCode.ServiceUnavailable)]
    [InlineData(HealthStatus.Unhealthy, HttpStatusCode.ServiceUnavailable)]
    public async Task Health_answers_503_unless_every_check_is_healthy(HealthStatus broker, HttpStatusCode expected)
    {
        await factory.CreateSeededClientAsync();
        await using var service = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.AddHealthChecks().AddCheck("broker-stand-in", () => new HealthCheckResult(broker, "as the bus reports it"))));
        using var client = service.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(expected, response.StatusCode);
        var report = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal(broker.ToString(), report.GetProperty("status").GetString());
    }
}
