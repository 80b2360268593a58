using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace ClinicalProject.AppHost.Infrastructure;

/// <summary>The local node is healthy once it accepts an AMQP connection (the services' first need).</summary>
public sealed class AmqpHealthCheck(string uri) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(uri), RequestedConnectionTimeout = TimeSpan.FromSeconds(3) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"The broker does not accept AMQP connections yet: {exception.Message}");
        }
    }
}
