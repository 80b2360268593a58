using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Sites;
using ClinicalProject.Territories.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// Checks that the ids and territory codes a resource refers to exist: in the database, or among the resources
/// of the same import (<see cref="AddPending{TEntity}"/>), so a file may refer to what it also creates.
/// </summary>
public sealed class ReferenceChecker(InventoryDbContext db)
{
    private readonly Dictionary<Type, HashSet<Guid>> _pending = [];
    private HashSet<string>? _territoryCodes;

    public InventoryDbContext Db { get; } = db;

    public void AddPending<TEntity>(IEnumerable<Guid> ids) where TEntity : InventoryEntity
    {
        if (!_pending.TryGetValue(typeof(TEntity), out var set))
        {
            _pending[typeof(TEntity)] = set = [];
        }

        set.UnionWith(ids);
    }

    public async Task ExistsAsync<TEntity>(Guid? id, string field, string kind, FieldErrors errors, CancellationToken cancellationToken)
        where TEntity : InventoryEntity
    {
        if (id is not { } value)
        {
            return;
        }

        if (_pending.TryGetValue(typeof(TEntity), out var pending) && pending.Contains(value))
        {
            return;
        }

        if (!await Db.Set<TEntity>().AnyAsync(e => e.Id == value, cancellationToken))
        {
            errors.Add(field, $"{field}: there is no {kind} with id {value}.", "unknown-reference");
        }
    }

    public async Task AllExistAsync<TEntity>(IReadOnlyList<Guid> ids, string field, string kind, FieldErrors errors, CancellationToken cancellationToken)
        where TEntity : InventoryEntity
    {
        for (var i = 0; i < ids.Count; i++)
        {
            await ExistsAsync<TEntity>(ids[i], $"{field}[{i}]", kind, errors, cancellationToken);
        }
    }

    /// <summary>Territory codes must exist in the latest hierarchy this service has received.</summary>
    public async Task TerritoriesExistAsync(IReadOnlyList<string> codes, string field, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return;
        }

        _territoryCodes ??= await LoadTerritoryCodesAsync(cancellationToken);
        for (var i = 0; i < codes.Count; i++)
        {
            if (!_territoryCodes.Contains(codes[i]))
            {
                errors.Add(codes.Count == 1 && !field.EndsWith('s') ? field : $"{field}[{i}]",
                    _territoryCodes.Count == 0
                        ? "This service has not received a territory hierarchy yet, so territory codes cannot be checked: import the territories first."
                        : $"Territory '{codes[i]}' is not in the latest territory hierarchy.", "unknown-territory");
            }
        }
    }

    private async Task<HashSet<string>> LoadTerritoryCodesAsync(CancellationToken cancellationToken)
    {
        var version = await TerritoryLookup.LatestVersionAsync(Db, cancellationToken);
        return version is null
            ? []
            : (await Db.Set<TerritoryEntry>().AsNoTracking().Where(t => t.HierarchyVersion == version).Select(t => t.Code).ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
    }
}
