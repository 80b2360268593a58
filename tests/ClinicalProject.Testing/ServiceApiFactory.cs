using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.Testing;

/// <summary>
/// A real service over a SQLite file of its own (one per factory), its RabbitMQ bus replaced by MassTransit's
/// in-memory test harness (the outbox dispatcher publishes to it as it would to the broker), and clients that
/// send a token of <paramref name="defaultRole"/>. Only configuration and test-service replacement: no hooks in
/// the service.
/// </summary>
public abstract class ServiceApiFactory<TProgram, TContext>(string name, string defaultRole) : WebApplicationFactory<TProgram>
    where TProgram : class
    where TContext : DbContext
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), name + "-tests", Guid.NewGuid().ToString("N"));

    public ITestHarness Harness => Services.GetTestHarness();

    public async Task<T> WithDbAsync<T>(Func<TContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    /// <summary>Consumers that should run on the harness too.</summary>
    protected virtual void ConfigureBus(IBusRegistrationConfigurator bus)
    {
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.WithRole(defaultRole);
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
        builder.ConfigureTestServices(services => services.AddMassTransitTestHarness(ConfigureBus));
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

        GC.SuppressFinalize(this);
    }
}
