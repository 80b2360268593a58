using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Imports;

/// <summary>
/// <c>POST /imports</c>: many resources of any kinds in one all-or-nothing change (an initial load, the demo). Each
/// item passes its kind's own rules; the first item that fails refuses the whole batch (400 naming the item, its key
/// and the field) and nothing is stored. The same content sent again is recognised by its hash and answered 200 with
/// what the first import stored.
/// </summary>
public static class BatchImportApi
{
    public const int MaxItems = 20_000;
    public const string InvalidImportType = ProblemTypes.InvalidImport;

    public static RouteGroupBuilder MapBatchImportApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/imports").WithTags("Imports").RequireViewer();
        group.MapPost("/", Import).Accepts<BatchImportRequest>("application/json").RequirePlanner()
            .WithSummary("Create many resources in one all-or-nothing change; \"@key\" in a body refers to an earlier item's id.");
        group.MapGet("/{id:guid}", Get).WithSummary("A committed batch import: its content hash and the ids its items were given.");
        return group;
    }

    public static async Task<Results<Created<BatchImportSummary>, Ok<BatchImportSummary>, ValidationProblem>> Import(
        HttpContext http, InventoryDbContext db, IEnumerable<IBatchItemHandler> handlers, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, readErrors) = await BodyReader.ReadAsync<BatchImportRequest>(http.Request, cancellationToken);
        if (request is null || readErrors.HasErrors)
        {
            return Invalid("The import cannot be read; nothing was saved.", readErrors);
        }

        var byRoute = handlers.ToDictionary(h => h.Route, StringComparer.Ordinal);
        var shapeErrors = ValidateShape(request, byRoute);
        if (shapeErrors.HasErrors)
        {
            return Invalid("The import is not valid; nothing was saved.", shapeErrors);
        }

        var items = request.Items!;
        var hash = ContentHash(items);
        if (await FindAsync(db, hash, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(existing with { AlreadyImported = true });
        }

        var author = ChangeAuthor.Of(http);
        var now = clock.GetUtcNow().UtcDateTime;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var changes = new ChangeSet(db, author, now);
            var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var prefix = $"items[{i}]";
                var (body, referenceErrors) = BatchReferences.Resolve(item.Body!, ids, $"{prefix}.body");
                if (referenceErrors.HasErrors)
                {
                    return Invalid(ItemTitle(i, item), referenceErrors);
                }

                var (id, errors) = await byRoute[item.Route!].CreateAsync(body, changes, db, ct);
                if (id is null)
                {
                    return Invalid(ItemTitle(i, item), Prefixed(errors, $"{prefix}.body"));
                }

                ids[item.Key!] = id.Value;
            }

            var record = new BatchImport
            {
                Id = Guid.CreateVersion7(),
                ContentHash = hash,
                ItemCount = items.Count,
                Ids = JsonSerializer.Serialize(ids),
                ImportedAtUtc = now,
                ImportedBy = author,
            };
            db.Set<BatchImport>().Add(record);
            await changes.CommitAsync(ct);
            await transaction.CommitAsync(ct);
            return (Results<Created<BatchImportSummary>, Ok<BatchImportSummary>, ValidationProblem>)TypedResults.Created(
                $"/imports/{record.Id}", Summary(record));
        }, cancellationToken);
    }

    public static async Task<Results<Ok<BatchImportSummary>, NotFound>> Get(Guid id, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Set<BatchImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return record is null ? TypedResults.NotFound() : TypedResults.Ok(Summary(record));
    }

    /// <summary>SHA-256 of the items as compact JSON (key, route, body in that order).</summary>
    public static string ContentHash(IReadOnlyList<BatchImportItem> items)
    {
        var canonical = new JsonArray([.. items.Select(i => new JsonObject
        {
            ["key"] = i.Key,
            ["route"] = i.Route,
            ["body"] = i.Body?.DeepClone(),
        })]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToJsonString())));
    }

    private static FieldErrors ValidateShape(BatchImportRequest request, IReadOnlyDictionary<string, IBatchItemHandler> byRoute)
    {
        var errors = new FieldErrors();
        if (request.Items is not { Count: > 0 } items)
        {
            errors.Add("items", "items is required: the resources to create, in order.", "required");
            return errors;
        }

        if (items.Count > MaxItems)
        {
            errors.Add("items", $"items has {items.Count} entries; at most {MaxItems} are allowed in one import.", "too-many");
            return errors;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                errors.Add($"items[{i}]", $"items[{i}] is empty.", "required");
                continue;
            }

            errors.Required($"items[{i}].key", item.Key, FieldErrors.CodeMaxLength);
            if (item.Key is { Length: > 0 } key && !keys.Add(key))
            {
                errors.Add($"items[{i}].key", $"items[{i}].key '{key}' is used by an earlier item; keys are unique.", "duplicate-key");
            }

            if (string.IsNullOrWhiteSpace(item.Route))
            {
                errors.Add($"items[{i}].route", $"items[{i}].route is required.", "required");
            }
            else if (!byRoute.ContainsKey(item.Route))
            {
                errors.Add($"items[{i}].route", $"items[{i}].route '{item.Route}' is not one of: {string.Join(", ", byRoute.Keys.Order(StringComparer.Ordinal))}.", "unknown-route");
            }

            if (item.Body is null)
            {
                errors.Add($"items[{i}].body", $"items[{i}].body is required: the resource as POST /{item.Route} takes it.", "required");
            }
        }

        return errors;
    }

    private static async Task<BatchImportSummary?> FindAsync(InventoryDbContext db, string hash, CancellationToken cancellationToken)
    {
        var record = await db.Set<BatchImport>().AsNoTracking().FirstOrDefaultAsync(i => i.ContentHash == hash, cancellationToken);
        return record is null ? null : Summary(record);
    }

    private static BatchImportSummary Summary(BatchImport record) => new(
        record.Id, record.ContentHash, record.ItemCount, AlreadyImported: false,
        DateTime.SpecifyKind(record.ImportedAtUtc, DateTimeKind.Utc), record.ImportedBy,
        JsonSerializer.Deserialize<Dictionary<string, Guid>>(record.Ids) ?? []);

    private static string ItemTitle(int index, BatchImportItem item) =>
        $"Item {index} ('{item.Key}', {item.Route}) is not valid; nothing was saved.";

    private static FieldErrors Prefixed(FieldErrors errors, string prefix)
    {
        var prefixed = new FieldErrors();
        foreach (var error in errors.Entries)
        {
            prefixed.Add($"{prefix}.{error.Field}", error.Message, error.Rule);
        }

        return prefixed;
    }

    private static ValidationProblem Invalid(string title, FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: title, type: InvalidImportType);
}
