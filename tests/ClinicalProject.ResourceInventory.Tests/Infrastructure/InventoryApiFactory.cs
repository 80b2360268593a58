using ClinicalProject.Contracts;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.Territories.ReadModel;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.ResourceInventory.Tests.Infrastructure;

/// <summary>
/// The real service over a SQLite file of its own (one per test class), its RabbitMQ bus replaced by
/// MassTransit's in-memory test harness, and a small Sherbrooke territory hierarchy in its read model.
/// </summary>
public sealed class InventoryApiFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));
    private readonly SemaphoreSlim _seedLock = new(1, 1);
    private bool _seeded;

    public ITestHarness Harness => Services.GetTestHarness();

    /// <summary>Every client is a planner unless a test says otherwise (the inventory's writers).</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.WithRole(ClinicalRoles.Planner);
    }

    /// <summary>A client whose territory read model holds <see cref="TestTerritories"/>.</summary>
    public Task<HttpClient> CreateSeededClientAsync() => CreateSeededClientAsync(TestTerritories.Version, TestTerritories.All);

    /// <summary>A client whose territory read model holds <paramref name="territories"/> (seeded once per factory).</summary>
    public async Task<HttpClient> CreateSeededClientAsync(string version, IReadOnlyList<TerritoryEntry> territories)
    {
        var client = CreateClient();
        await _seedLock.WaitAsync();
        try
        {
            if (!_seeded)
            {
                await WithDbAsync(async db =>
                {
                    db.Set<TerritoryHierarchyEntry>().Add(new TerritoryHierarchyEntry
                    {
                        Version = version, ContentHash = "test", TerritoryCount = territories.Count,
                        ImportedAtUtc = DateTime.UtcNow, ReceivedAtUtc = DateTime.UtcNow,
                    });
                    db.Set<TerritoryEntry>().AddRange(territories);
                    await db.SaveChangesAsync();
                    return 0;
                });
                _seeded = true;
            }
        }
        finally
        {
            _seedLock.Release();
        }

        return client;
    }

    /// <summary>
    /// Waits (up to 20 s) until the outbox dispatcher has published a <see cref="ResourceInventoryChanged"/>
    /// carrying the change. Polls instead of the harness's inactivity wait, which other tests' traffic can cut short.
    /// </summary>
    public async Task<bool> WasAnnouncedAsync(string kind, Guid id, int version, string action)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (Harness.Published.Select<ResourceInventoryChanged>()
                .Any(m => m.Context.Message.Changes.Any(c => c.Kind == kind && c.Id == id && c.Version == version && c.Action == action)))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public async Task<T> WithDbAsync<T>(Func<InventoryDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<InventoryDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        // Nothing listens on port 1: if the harness did not replace the bus, no event would ever be published.
        builder.UseSetting("ConnectionStrings:messaging", "amqp://guest:guest@127.0.0.1:1/");
        builder.ConfigureTestServices(services => services.AddMassTransitTestHarness());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _seedLock.Dispose();
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
