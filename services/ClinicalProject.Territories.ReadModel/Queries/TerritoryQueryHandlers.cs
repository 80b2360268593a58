using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Territories.ReadModel.Queries;

/// <summary>The handlers of <see cref="TerritoryQueryApi"/>. A missing <c>version</c> means the latest held.</summary>
public static class TerritoryQueryHandlers
{
    public const int MaxSearchLength = 100;

    public static async Task<Results<Ok<PagedList<TerritorySummary>>, ValidationProblem, ProblemHttpResult>> ListTerritories(
        ITerritoryQuerySource source,
        string? version,
        string? level,
        string? parent,
        string? q,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        string? levelName = null;
        if (!string.IsNullOrWhiteSpace(level) && !TerritoryLevelNames.TryNormalise(level, out levelName))
        {
            invalid["level"] = [$"Unknown level '{level}'; expected one of: {string.Join(", ", TerritoryLevelNames.All)}."];
        }

        var paging = Paging.From(page, pageSize, invalid);
        if (q?.Length > MaxSearchLength)
        {
            invalid["q"] = [$"At most {MaxSearchLength} characters."];
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var hierarchy = await ResolveAsync(source, version, cancellationToken);
        if (hierarchy is null)
        {
            return HierarchyNotFound(version);
        }

        var query = source.Territories(hierarchy.Version, levelName);
        if (!string.IsNullOrWhiteSpace(parent))
        {
            var parentCode = parent.Trim();
            query = query.Where(t => t.ParentCode == parentCode);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            // Code prefix or name substring; case-insensitive on SQL Server's default collation and, for
            // ASCII letters, on SQLite.
            var text = EscapeLike(q.Trim());
            var prefix = text + "%";
            var anywhere = "%" + text + "%";
            query = query.Where(t => EF.Functions.Like(t.Code, prefix, "\\")
                || EF.Functions.Like(t.NameFr, anywhere, "\\")
                || EF.Functions.Like(t.NameEn!, anywhere, "\\"));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.Code)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .Select(t => new TerritorySummary(t.Code, t.Level, t.ParentCode, t.NameFr, t.NameEn, t.CentroidLatitude, t.CentroidLongitude))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(PagedList<TerritorySummary>.Of(items, paging, total));
    }

    public static async Task<Results<Ok<TerritoryDetail>, ProblemHttpResult>> GetTerritory(
        ITerritoryQuerySource source,
        string code,
        string? version,
        CancellationToken cancellationToken)
    {
        var hierarchy = await ResolveAsync(source, version, cancellationToken);
        if (hierarchy is null)
        {
            return HierarchyNotFound(version);
        }

        var territories = source.Territories(hierarchy.Version);
        var territory = await territories.SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (territory is null)
        {
            return ProblemResults.NotFound($"Territory '{code}' is not in hierarchy version '{hierarchy.Version}'.");
        }

        var children = await territories.Where(t => t.ParentCode == code).OrderBy(t => t.Code).Select(t => t.Code).ToListAsync(cancellationToken);

        // At most five steps up (da → province); the import's validation guarantees the chain ends at the province.
        var ancestors = new List<TerritoryReference>();
        var parentCode = territory.ParentCode;
        while (parentCode is not null && ancestors.Count < TerritoryLevelNames.All.Count)
        {
            var current = parentCode;
            var parent = await territories.SingleAsync(t => t.Code == current, cancellationToken);
            ancestors.Insert(0, new TerritoryReference(parent.Code, parent.Level, parent.NameFr, parent.NameEn));
            parentCode = parent.ParentCode;
        }

        return TypedResults.Ok(new TerritoryDetail(hierarchy.Version, territory.Code, territory.Level, territory.ParentCode,
            territory.NameFr, territory.NameEn, territory.CentroidLatitude, territory.CentroidLongitude,
            ParseGeometry(territory.GeometryGeoJson), ancestors, children));
    }

    public static async Task<Ok<List<HierarchyVersionInfo>>> ListHierarchies(ITerritoryQuerySource source, CancellationToken cancellationToken)
    {
        var hierarchies = await NewestFirst(source.Hierarchies).ToListAsync(cancellationToken);
        return TypedResults.Ok(hierarchies
            .Select((h, index) => new HierarchyVersionInfo(h.Version, h.TerritoryCount, h.ContentHash, AsUtc(h.ImportedAtUtc), index == 0))
            .ToList());
    }

    /// <summary>A held version (null or blank: the latest), or null.</summary>
    public static Task<TerritoryHierarchyEntry?> ResolveAsync(ITerritoryQuerySource source, string? version, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(version)
            ? NewestFirst(source.Hierarchies).FirstOrDefaultAsync(cancellationToken)
            : source.Hierarchies.SingleOrDefaultAsync(h => h.Version == version, cancellationToken);

    /// <summary>404: the version asked for (or any version, when none is asked for) is not held.</summary>
    public static ProblemHttpResult HierarchyNotFound(string? version) => ProblemResults.NotFound(string.IsNullOrWhiteSpace(version)
        ? "No territory hierarchy is held yet: population profiling imports them (POST /territories/hierarchies/{version}) and announces each."
        : $"Hierarchy version '{version}' is not held.");

    public static JsonElement? ParseGeometry(string? geoJson) =>
        geoJson is null ? null : JsonSerializer.Deserialize<JsonElement>(geoJson);

    public static DateTimeOffset AsUtc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static IQueryable<TerritoryHierarchyEntry> NewestFirst(IQueryable<TerritoryHierarchyEntry> hierarchies) =>
        hierarchies.OrderByDescending(h => h.ImportedAtUtc).ThenByDescending(h => h.Version);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);
}
