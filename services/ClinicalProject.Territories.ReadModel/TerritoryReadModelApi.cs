using ClinicalProject.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Territories.ReadModel;

/// <summary>The territory queries every service answers from its own read model.</summary>
public static class TerritoryReadModelApi
{
    public const int MaxPageSize = 1000;

    public static RouteGroupBuilder MapTerritoryReadModelApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/territories").WithTags("Territories").RequireViewer();
        group.MapGet("/", TerritoryReadModelHandlers.ListTerritories)
            .WithSummary("Territories of a hierarchy version (default: the latest received), filtered and paged.");
        group.MapGet("/hierarchies", TerritoryReadModelHandlers.ListHierarchies)
            .WithSummary("The hierarchy versions this service has received.");
        group.MapGet("/{code}", TerritoryReadModelHandlers.GetTerritory)
            .WithSummary("One territory by code.");
        return group;
    }
}

internal static class TerritoryReadModelHandlers
{
    private const int MaxPageSize = TerritoryReadModelApi.MaxPageSize;

    internal static async Task<Results<Ok<PageDto<TerritoryDto>>, NotFound<ProblemDetails>, ValidationProblem>> ListTerritories(
        TerritoryReadModelStore store,
        string? version,
        string? level,
        string? parent,
        string? q,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var pageNumber = page ?? 1;
        var size = pageSize ?? 100;
        var errors = new Dictionary<string, string[]>();
        if (pageNumber < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var resolved = await ResolveVersionAsync(store.Db, version, cancellationToken);
        if (resolved is null)
        {
            return NoHierarchy(version);
        }

        var query = store.Db.Set<TerritoryEntry>().AsNoTracking().Where(t => t.HierarchyVersion == resolved);
        if (!string.IsNullOrWhiteSpace(level))
        {
            query = query.Where(t => t.Level == level);
        }

        if (!string.IsNullOrWhiteSpace(parent))
        {
            query = query.Where(t => t.ParentCode == parent);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q}%";
            query = query.Where(t => EF.Functions.Like(t.NameFr, pattern) || EF.Functions.Like(t.NameEn!, pattern) || t.Code == q);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.Code)
            .Skip((pageNumber - 1) * size).Take(size)
            .Select(t => new TerritoryDto(t.Code, t.Level, t.ParentCode, t.NameFr, t.NameEn, t.CentroidLatitude, t.CentroidLongitude))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageDto<TerritoryDto>(items, pageNumber, size, total));
    }

    internal static async Task<Ok<List<TerritoryHierarchyDto>>> ListHierarchies(TerritoryReadModelStore store, CancellationToken cancellationToken)
    {
        var hierarchies = await store.Db.Set<TerritoryHierarchyEntry>().AsNoTracking()
            .OrderByDescending(h => h.ImportedAtUtc)
            .Select(h => new TerritoryHierarchyDto(h.Version, h.TerritoryCount, h.ContentHash, h.ImportedAtUtc))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(hierarchies);
    }

    internal static async Task<Results<Ok<TerritoryDto>, NotFound<ProblemDetails>>> GetTerritory(
        TerritoryReadModelStore store, string code, string? version, CancellationToken cancellationToken)
    {
        var resolved = await ResolveVersionAsync(store.Db, version, cancellationToken);
        if (resolved is null)
        {
            return NoHierarchy(version);
        }

        var territory = await store.Db.Set<TerritoryEntry>().AsNoTracking()
            .Where(t => t.HierarchyVersion == resolved && t.Code == code)
            .Select(t => new TerritoryDto(t.Code, t.Level, t.ParentCode, t.NameFr, t.NameEn, t.CentroidLatitude, t.CentroidLongitude))
            .FirstOrDefaultAsync(cancellationToken);
        return territory is null
            ? TypedResults.NotFound(new ProblemDetails
            {
                Title = "Territory not found",
                Status = StatusCodes.Status404NotFound,
                Detail = $"No territory with code '{code}' in hierarchy version {resolved}.",
            })
            : TypedResults.Ok(territory);
    }

    private static async Task<string?> ResolveVersionAsync(DbContext db, string? version, CancellationToken cancellationToken)
    {
        var hierarchies = db.Set<TerritoryHierarchyEntry>().AsNoTracking();
        return string.IsNullOrWhiteSpace(version)
            ? await hierarchies.OrderByDescending(h => h.ImportedAtUtc).Select(h => h.Version).FirstOrDefaultAsync(cancellationToken)
            : await hierarchies.Where(h => h.Version == version).Select(h => h.Version).FirstOrDefaultAsync(cancellationToken);
    }

    private static NotFound<ProblemDetails> NoHierarchy(string? version) => TypedResults.NotFound(new ProblemDetails
    {
        Title = "Territory hierarchy not found",
        Status = StatusCodes.Status404NotFound,
        Detail = version is null
            ? "This service has not received any territory hierarchy yet."
            : $"This service has not received territory hierarchy version '{version}'.",
    });
}
