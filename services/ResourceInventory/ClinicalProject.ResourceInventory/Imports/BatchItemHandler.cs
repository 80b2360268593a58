using System.Text.Json;
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
        TBody? resource;
        try
        {
            resource = body.Deserialize<TBody>(InventoryJson.Options);
        }
        catch (JsonException exception)
        {
            var errors = new FieldErrors();
            var field = BodyReader.FieldOf(exception.Path);
            errors.Add(field, $"{field}: this value cannot be read ({exception.Message.Split(" Path:")[0]})", "unreadable");
            return (null, errors);
        }

        if (resource is null)
        {
            var errors = new FieldErrors();
            errors.Add("body", "The body is empty.", "required");
            return (null, errors);
        }

        var invalid = await ResourceHandlers<TEntity, TBody>.ValidateAsync(definition, resource, null, db, cancellationToken);
        if (invalid.HasErrors)
        {
            return (null, invalid);
        }

        var entity = new TEntity();
        definition.Apply(resource, entity);
        await definition.DeriveAsync(entity, db, cancellationToken);
        changes.Created(definition, entity);
        await db.SaveChangesAsync(cancellationToken);
        return (entity.Id, invalid);
    }
}
