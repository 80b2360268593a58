using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Profiles.Compute;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>
/// One replica of the real service on a real RabbitMQ broker: replicas built with the same data folder and
/// entity prefix share their database and compete on the same work queue, as replicas in production do.
/// </summary>
public sealed class ReplicaFactory(string brokerUri, string dataDirectory, string entityPrefix, string replicaName, IPartitionComputer? computer = null)
    : WebApplicationFactory<Program>
{
    public async Task<T> QueryDbAsync<T>(Func<ProfilingDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProfilingDbContext>());
    }

    /// <summary>Clients are analysts, who import datasets and start profile jobs.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.WithRole(ClinicalRoles.Analyst);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", dataDirectory);
        builder.UseSetting("ConnectionStrings:messaging", brokerUri);
        builder.UseSetting("Messaging:ServiceName", "population-profiling");
        builder.UseSetting("Messaging:EntityPrefix", entityPrefix);
        builder.UseSetting("Messaging:OutboxPollInterval", "00:00:00.200");
        builder.UseSetting("Messaging:RetryLimit", "1");
        builder.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
        builder.UseSetting("Messaging:RetryMaxInterval", "00:00:00.100");
        builder.UseSetting("Messaging:RetryIntervalDelta", "00:00:00.050");
        builder.UseSetting("Profiling:ReplicaName", replicaName);
        builder.ConfigureTestServices(services =>
        {
            services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(10));
            if (computer is not null)
            {
                services.AddSingleton(computer);
            }
        });
    }
}
