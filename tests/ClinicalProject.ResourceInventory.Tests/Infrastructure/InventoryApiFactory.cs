using ClinicalProject.Contracts;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.Territories.ReadModel;
using MassTransit;
using MassTransit.Testing;

namespace ClinicalProject.ResourceInventory.Tests.Infrastructure;

/// <summary>
/// Resource inventory over SQLite with the test harness for a bus (see <see cref="ServiceApiFactory{TProgram,TContext}"/>),
/// planner clients (the inventory's writers), and a small Sherbrooke territory hierarchy in its read model.
/// </summary>
public sealed class InventoryApiFactory() : ServiceApiFactory<Program, InventoryDbContext>("inventory", ClinicalRoles.Planner)
{
    private readonly SemaphoreSlim _seedLock = new(1, 1);
    private bool _seeded;

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
                await WithDbAsync(db => TestTerritories.SeedAsync(db, version, territories));
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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _seedLock.Dispose();
    }
}
