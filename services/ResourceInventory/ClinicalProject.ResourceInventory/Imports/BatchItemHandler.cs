using System.Text.Json.Nodes;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Imports;

/// <summary>Creates one item of a batch with its kind's own rules (the same as <c>POST /{route}</c>).</summary>
public interface IBatchItemHandler
{
    string Route { get; }

    /// <summary>
    /// Validates and adds the resource to <paramref name="changes"/>, then saves it inside the batch's transaction so
    /// later items' reference checks find it. Returns its id, or the errors (nothing added).
    /// </summary>
    Task<(Guid? Id, FieldErrors Errors)> CreateAsync(JsonObject body, ChangeSet changes, InventoryDbContext db, CancellationToken cancellationToken);
}

public sealed class BatchItemHandler<TEntity, TBody>(ResourceDefinition<TEntity, TBody> definition) : IBatchItemHandler
    where TEntity : InventoryEntity, new()
    where TBody : class
{
    public string Route => definition.Route;

    public async Task<(Guid? Id, FieldErrors Errors)> CreateAsync(
        JsonObject body, ChangeSet changes, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var (resource, unreadable) = BodyReader.Read<TBody>(body);
        if (resource is null)
        {
            return (null, unreadable);
        }

        var (entity, invalid) = await ResourceHandlers<TEntity, TBody>.StageCreateAsync(definition, resource, changes, db, cancellationToken);
        if (entity is null)
        {
            return (null, invalid);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (entity.Id, invalid);
    }
}
