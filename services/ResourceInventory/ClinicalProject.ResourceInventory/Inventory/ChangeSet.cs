using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalProject.Contracts;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.ResourceInventory.Data;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// One unit of change of the inventory (a single API call or a whole import): stamps each resource's version
/// and author, writes its audit entry, and on <see cref="CommitAsync"/> stores all of it with the
/// <see cref="ResourceInventoryChanged"/> event in one transaction (the outbox).
/// </summary>
public sealed class ChangeSet(InventoryDbContext db, string author, DateTime nowUtc)
{
    /// <summary>Keeps each event well under the broker's comfortable message size (an entry is about 100 bytes).</summary>
    public const int MaxChangesPerEvent = 500;

    private readonly List<InventoryChange> _changes = [];

    public string Author { get; } = author;

    public IReadOnlyList<InventoryChange> Changes => _changes;

    public void Created<TEntity, TBody>(ResourceDefinition<TEntity, TBody> definition, TEntity entity)
        where TEntity : InventoryEntity, new()
        where TBody : class
    {
        if (entity.Id == Guid.Empty)
        {
            entity.Id = Guid.CreateVersion7();
        }

        entity.Version = 1;
        entity.Status = ResourceStatus.Active;
        entity.CreatedAtUtc = entity.UpdatedAtUtc = nowUtc;
        entity.CreatedBy = entity.UpdatedBy = Author;
        db.Set<TEntity>().Add(entity);
        Record(definition.Kind, entity, "created", Diff(null, Serialize(definition.ToBody(entity))));
    }

    /// <summary>Records an update of <paramref name="entity"/> from <paramref name="before"/>; false (and nothing recorded) when no field changed.</summary>
    public bool Updated<TEntity, TBody>(ResourceDefinition<TEntity, TBody> definition, TEntity entity, TBody before)
        where TEntity : InventoryEntity, new()
        where TBody : class
    {
        var changes = Diff(Serialize(before), Serialize(definition.ToBody(entity)));
        if (changes.Count == 0)
        {
            return false;
        }

        Stamp(entity);
        Record(definition.Kind, entity, "updated", changes);
        return true;
    }

    public void Retired(string kind, InventoryEntity entity)
    {
        entity.Status = ResourceStatus.Retired;
        Stamp(entity);
        Record(kind, entity, "retired", new JsonObject { ["status"] = new JsonObject { ["from"] = "active", ["to"] = "retired" } });
    }

    /// <summary>Saves everything in one transaction with the events that announce it.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        foreach (var chunk in _changes.Chunk(MaxChangesPerEvent))
        {
            db.PublishOnCommit(new ResourceInventoryChanged(chunk, new DateTimeOffset(nowUtc, TimeSpan.Zero)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Stamp(InventoryEntity entity)
    {
        entity.Version++;
        entity.UpdatedAtUtc = nowUtc;
        entity.UpdatedBy = Author;
    }

    private void Record(string kind, InventoryEntity entity, string action, JsonObject changes)
    {
        _changes.Add(new InventoryChange(kind, entity.Id, entity.Version, action));
        db.AuditEntries.Add(new AuditEntry
        {
            Kind = kind,
            ResourceId = entity.Id,
            Version = entity.Version,
            Action = action,
            ChangedBy = Author,
            ChangedAtUtc = nowUtc,
            Changes = changes.ToJsonString(),
        });
    }

    private static JsonObject Serialize<TBody>(TBody body) =>
        JsonSerializer.SerializeToNode(body, InventoryJson.Options)?.AsObject() ?? [];

    /// <summary>Field → {from, to} for every top-level field whose value differs.</summary>
    internal static JsonObject Diff(JsonObject? before, JsonObject after)
    {
        var changes = new JsonObject();
        foreach (var (name, value) in after)
        {
            JsonNode? old = null;
            if (before is not null && before.TryGetPropertyValue(name, out old) && JsonNode.DeepEquals(old, value))
            {
                continue;
            }

            if (before is null && IsEmpty(value))
            {
                continue;
            }

            changes[name] = new JsonObject { ["from"] = old?.DeepClone(), ["to"] = value?.DeepClone() };
        }

        return changes;
    }

    private static bool IsEmpty(JsonNode? value) => value is null || (value is JsonArray array && array.Count == 0);
}
