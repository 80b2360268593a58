using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.Territories.ReadModel;

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

    /// <summary>See <see cref="Announcements.WasAnnouncedAsync"/>.</summary>
    public Task<bool> WasAnnouncedAsync(string kind, Guid id, int version, string action) =>
        Harness.WasAnnouncedAsync(kind, id, version, action);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _seedLock.Dispose();
    }
}
