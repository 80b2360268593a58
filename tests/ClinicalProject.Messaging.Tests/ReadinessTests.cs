using ClinicalProject.Messaging.Tests.Infrastructure;
using ClinicalProject.Testing.Broker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit.Abstractions;

namespace ClinicalProject.Messaging.Tests;

/// <summary>
/// A service wired as the services wire themselves is ready (<c>/health</c>) only when both its database and
/// its broker are: the readiness report holds a check of each.
/// </summary>
public sealed class ReadinessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Readiness_covers_the_database_and_the_broker_and_is_healthy_when_both_are()
    {
        await using var bed = await TestBed.CreateAsync(output);
        var service = await bed.StartServiceAsync("ready");

        var report = await service.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Contains($"{TestBed.DatabaseName}-database", report.Entries.Keys);
        Assert.Contains(report.Entries, e => e.Key.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_service_whose_broker_cannot_be_reached_is_not_ready()
    {
        await using var bed = TestBed.CreateWithoutBroker(output);
        var service = await bed.BuildServiceAsync("unreachable");
        await service.Host.StartAsync();
        try
        {
            var report = await service.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

            Assert.NotEqual(HealthStatus.Healthy, report.Status);
            Assert.Equal(HealthStatus.Healthy, report.Entries[$"{TestBed.DatabaseName}-database"].Status);
            Assert.Contains(report.Entries, e =>
                e.Key.Contains("masstransit", StringComparison.OrdinalIgnoreCase) && e.Value.Status != HealthStatus.Healthy);
        }
        finally
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await service.Host.StopAsync(stop.Token);
        }
    }

    /// <summary>
    /// Issue 14, defect 8: a service whose broker went down after it started still answered Healthy on
    /// <c>/health</c>: MassTransit reports its bus Degraded (not Unhealthy) while it reconnects, which ASP.NET
    /// answered with 200. The report leaves Healthy here; <c>/health</c> answers Degraded with 503 (the inventory's
    /// HealthProbeTests).
    /// </summary>
    [Fact]
    public async Task A_service_whose_broker_goes_down_is_not_ready_while_it_is_down()
    {
        var node = await RabbitMqNode.StartAsync("health-outage");
        await using var bed = TestBed.CreateOn(node.AmqpUri, output);
        var service = await bed.StartServiceAsync("outage", bus => bus.AddConsumer<RecordingConsumer>());
        var health = service.Services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

        await node.DisposeAsync();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        HealthReport report;
        do
        {
            await Task.Delay(250);
            report = await health.CheckHealthAsync();
            output.WriteLine(string.Join(", ", report.Entries.Select(e => $"{e.Key}={e.Value.Status}")));
        }
        while (report.Status == HealthStatus.Healthy && DateTime.UtcNow < deadline);

        Assert.NotEqual(HealthStatus.Healthy, report.Status);
        Assert.Contains(report.Entries, e => e.Key.Contains("masstransit", StringComparison.OrdinalIgnoreCase) && e.Value.Status != HealthStatus.Healthy);
    }
}
