using System.Text.Json;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Sites;
using ClinicalProject.Territories.ReadModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>The create/read/update/retire/search/history endpoints, the same for every kind of resource.</summary>
public static class ResourceHandlers<TEntity, TBody>
    where TEntity : InventoryEntity, new()
    where TBody : class
{
    public static async Task<Results<Ok<PagedList<ResourceDto<TBody>>>, ValidationProblem>> Search(
        [AsParameters] ResourceSearch search,
        ResourceDefinition<TEntity, TBody> definition,
        InventoryDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = ResourceSearchValidator.Validate(search, definition.Filters, definition.Route);
        definition.ValidateSearch(search, errors);
        if (errors.HasErrors)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The search is not valid.");
        }

        var paging = search.ToPaging();
        var query = db.Set<TEntity>().AsNoTracking();
        query = search.Status?.ToLowerInvariant() switch
        {
            "all" => query,
            "retired" => query.Where(e => e.Status == ResourceStatus.Retired),
            _ => query.Where(e => e.Status == ResourceStatus.Active),
        };
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            query = query.Where(definition.MatchesText($"%{search.Q.Trim()}%"));
        }

        query = definition.Filter(query, search, db);

        if (search is { Latitude: { } latitude, Longitude: { } longitude, WithinKm: { } radius })
        {
            // Proximity: distances are exact great-circle ones, computed here once the database has narrowed the
            // candidates to the sites in the bounding box; the results are ordered nearest first and say how far.
            var near = await SiteProximity.WithinAsync(db, latitude, longitude, radius, cancellationToken);
            var candidates = await query.ToListAsync(cancellationToken);
            var ranked = candidates
                .Select(e => (Entity: e, Distance: definition.SitesOf(e).Where(near.ContainsKey).Select(id => near[id]).DefaultIfEmpty(double.NaN).Min()))
                .Where(r => !double.IsNaN(r.Distance))
                .OrderBy(r => r.Distance).ThenBy(r => r.Entity.Id)
                .ToList();
            var items = ranked.Skip(paging.Skip).Take(paging.PageSize)
                .Select(r => ToDto(definition, r.Entity) with { DistanceKm = Math.Round(r.Distance, 3) }).ToList();
            return TypedResults.Ok(PagedList<ResourceDto<TBody>>.Of(items, paging, ranked.Count));
        }

        var total = await query.CountAsync(cancellationToken);
        var entities = await definition.Order(query).ThenBy(e => e.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(PagedList<ResourceDto<TBody>>.Of(entities.Select(e => ToDto(definition, e)).ToList(), paging, total));
    }

    public static async Task<Results<Ok<ResourceDto<TBody>>, StatusCodeHttpResult, NotFound<ProblemDetails>>> Get(
        Guid id, ResourceDefinition<TEntity, TBody> definition, InventoryDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var entity = await db.Set<TEntity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return NotFound(definition, id);
        }

        return ETags.SetAndCheckNotModified(http, entity.Version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(ToDto(definition, entity));
    }

    public static async Task<Results<Created<ResourceDto<TBody>>, ValidationProblem>> Create(
        ResourceDefinition<TEntity, TBody> definition, InventoryDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, errors) = await BodyReader.ReadAsync<TBody>(http.Request, cancellationToken);
        if (body is null || errors.HasErrors)
        {
            return Invalid(definition, errors);
        }

        var changes = new ChangeSet(db, ChangeAuthor.Of(http), clock.GetUtcNow().UtcDateTime);
        var (entity, invalid) = await StageCreateAsync(definition, body, changes, db, cancellationToken);
        if (entity is null)
        {
            return Invalid(definition, invalid);
        }

        await changes.CommitAsync(cancellationToken);
        ETags.Set(http.Response, entity.Version);
        return TypedResults.Created($"/{definition.Route}/{entity.Id}", ToDto(definition, entity));
    }

    public static async Task<Results<Ok<ResourceDto<TBody>>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, ResourceDefinition<TEntity, TBody> definition, InventoryDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var entity = await db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return NotFound(definition, id);
        }

        if (ETags.CheckIfMatch(http.Request, entity.Version, definition.Kind) is { } precondition)
        {
            return precondition;
        }

        if (entity.Status == ResourceStatus.Retired)
        {
            return RetiredConflict(definition, id);
        }

        var (body, errors) = await BodyReader.ReadAsync<TBody>(http.Request, cancellationToken);
        if (body is not null && !errors.HasErrors)
        {
            errors = await ValidateAsync(definition, body, id, db, cancellationToken);
        }

        if (body is null || errors.HasErrors)
        {
            return Invalid(definition, errors);
        }

        var before = definition.ToBody(entity);
        definition.Apply(body, entity);
        await definition.DeriveAsync(entity, db, cancellationToken);
        var changes = new ChangeSet(db, ChangeAuthor.Of(http), clock.GetUtcNow().UtcDateTime);
        if (changes.Updated(definition, entity, before) && await TryCommitAsync(changes, cancellationToken) is false)
        {
            return ETags.PreconditionFailed(await CurrentVersionAsync(db, id, cancellationToken), definition.Kind);
        }

        ETags.Set(http.Response, entity.Version);
        return TypedResults.Ok(ToDto(definition, entity));
    }

    public static async Task<Results<Ok<ResourceDto<TBody>>, NotFound<ProblemDetails>, ProblemHttpResult>> Retire(
        Guid id, ResourceDefinition<TEntity, TBody> definition, InventoryDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var entity = await db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return NotFound(definition, id);
        }

        if (ETags.CheckIfMatch(http.Request, entity.Version, definition.Kind) is { } precondition)
        {
            return precondition;
        }

        if (entity.Status == ResourceStatus.Active)
        {
            var changes = new ChangeSet(db, ChangeAuthor.Of(http), clock.GetUtcNow().UtcDateTime);
            changes.Retired(definition.Kind, entity);
            if (!await TryCommitAsync(changes, cancellationToken))
            {
                return ETags.PreconditionFailed(await CurrentVersionAsync(db, id, cancellationToken), definition.Kind);
            }
        }

        ETags.Set(http.Response, entity.Version);
        return TypedResults.Ok(ToDto(definition, entity));
    }

    public static async Task<Results<Ok<List<AuditEntryDto>>, NotFound<ProblemDetails>>> History(
        Guid id, ResourceDefinition<TEntity, TBody> definition, InventoryDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Set<TEntity>().AnyAsync(e => e.Id == id, cancellationToken))
        {
            return NotFound(definition, id);
        }

        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Kind == definition.Kind && a.ResourceId == id)
            .OrderBy(a => a.Version)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries
            .Select(a => new AuditEntryDto(a.Version, a.Action, a.ChangedBy, DateTime.SpecifyKind(a.ChangedAtUtc, DateTimeKind.Utc), JsonDocument.Parse(a.Changes).RootElement.Clone()))
            .ToList());
    }

    public static ResourceDto<TBody> ToDto(ResourceDefinition<TEntity, TBody> definition, TEntity entity) => new(
        entity.Id,
        definition.Kind,
        InventoryJson.Format(entity.Status),
        entity.Version,
        DateTime.SpecifyKind(entity.CreatedAtUtc, DateTimeKind.Utc),
        entity.CreatedBy,
        DateTime.SpecifyKind(entity.UpdatedAtUtc, DateTimeKind.Utc),
        entity.UpdatedBy,
        definition.ToBody(entity));

    /// <summary>
    /// A new resource: validated, applied, derived and recorded in <paramref name="changes"/> (not yet saved). The one
    /// path of <c>POST /{route}</c> and of each item of a batch import; null and the errors when the data is refused.
    /// </summary>
    public static async Task<(TEntity? Entity, FieldErrors Errors)> StageCreateAsync(
        ResourceDefinition<TEntity, TBody> definition, TBody body, ChangeSet changes, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(definition, body, null, db, cancellationToken);
        if (errors.HasErrors)
        {
            return (null, errors);
        }

        var entity = new TEntity();
        definition.Apply(body, entity);
        await definition.DeriveAsync(entity, db, cancellationToken);
        changes.Created(definition, entity);
        return (entity, errors);
    }

    /// <summary>Both kinds of rules: the data's own, then (when those pass) its references.</summary>
    public static async Task<FieldErrors> ValidateAsync(
        ResourceDefinition<TEntity, TBody> definition, TBody body, Guid? selfId, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        definition.Validate(body, errors);
        if (!errors.HasErrors)
        {
            await definition.ValidateReferencesAsync(body, selfId, new ReferenceChecker(db), errors, cancellationToken);
        }

        return errors;
    }

    private static async Task<bool> TryCommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        try
        {
            await changes.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else saved a new version between our read and our write: the version token caught it.
            return false;
        }
    }

    private static Task<int> CurrentVersionAsync(InventoryDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<TEntity>().AsNoTracking().Where(e => e.Id == id).Select(e => e.Version).FirstAsync(cancellationToken);

    private static ValidationProblem Invalid(ResourceDefinition<TEntity, TBody> definition, FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: $"The {definition.Kind} is not valid; nothing was saved.",
            type: ProblemTypes.InvalidResource);

    private static NotFound<ProblemDetails> NotFound(ResourceDefinition<TEntity, TBody> definition, Guid id) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = $"No such {definition.Kind}.",
        Detail = $"There is no {definition.Kind} with id {id}.",
    });

    private static ProblemHttpResult RetiredConflict(ResourceDefinition<TEntity, TBody> definition, Guid id) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Type = ProblemTypes.ResourceRetired,
        Title = $"This {definition.Kind} is retired.",
        Detail = $"The {definition.Kind} {id} was retired and is kept for its history; create a new one instead.",
    });
}
