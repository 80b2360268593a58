using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Profiles;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>
/// The real service over a SQLite file of its own (one per test class), its RabbitMQ bus replaced by
/// MassTransit's in-memory test harness: the outbox dispatcher publishes to it as it would to the broker.
/// Its clients send an analyst's token (the role of the service's users); the authorization tests send others.
/// </summary>
public sealed class ProfilingApiFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "profiling-tests", Guid.NewGuid().ToString("N"));

    public ITestHarness Harness => Services.GetTestHarness();

    public async Task<T> QueryDbAsync<T>(Func<ProfilingDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProfilingDbContext>());
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.WithRole(ClinicalRoles.Analyst);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development: the SQLite schema is created at start-up (the service's own rule, not a test hook).
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        // AddMessaging requires a broker URI. Nothing listens on port 1: if the harness did not replace the
        // RabbitMQ bus, no event would ever be published and the event tests would fail.
        builder.UseSetting("ConnectionStrings:messaging", "amqp://guest:guest@127.0.0.1:1/");
        // The profile partitions' consumers run on the harness too, so a job goes from request to stored profile.
        builder.ConfigureTestServices(services => services.AddMassTransitTestHarness(bus => bus.AddProfileConsumers()));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
