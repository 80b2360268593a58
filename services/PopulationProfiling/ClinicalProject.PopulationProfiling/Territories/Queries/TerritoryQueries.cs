using System.Runtime.CompilerServices;
using System.Text.Json;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Territories.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Territories.Queries;

/// <summary>Read handlers of <see cref="TerritoriesApi"/>. A missing <c>version</c> means the latest imported.</summary>
public static class TerritoryQueries
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    private const int MaxSearchLength = 100;

    public static async Task<Results<Ok<TerritoryPage>, ValidationProblem, ProblemHttpResult>> ListTerritories(
        ProfilingDbContext db,
        string? version,
        string? level,
        string? parent,
        string? q,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        TerritoryLevel? levelFilter = null;
        if (!string.IsNullOrWhiteSpace(level))
        {
            if (TerritoryLevels.TryParse(level, out var parsed))
            {
                levelFilter = parsed;
            }
            else
            {
                invalid["level"] = [$"Unknown level '{level}'; expected one of: {string.Join(", ", TerritoryLevels.Names)}."];
            }
        }

        var pageNumber = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (pageNumber < 1)
        {
            invalid["page"] = ["The first page is 1."];
        }

        if (size is < 1 or > MaxPageSize)
        {
            invalid["pageSize"] = [$"Between 1 and {MaxPageSize}."];
        }

        if (q?.Length > MaxSearchLength)
        {
            invalid["q"] = [$"At most {MaxSearchLength} characters."];
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var hierarchy = await ResolveAsync(db, version, cancellationToken);
        if (hierarchy is null)
        {
            return HierarchyNotFound(version);
        }

        var query = db.Territories.AsNoTracking().Where(t => t.HierarchyVersion == hierarchy.Version);
        if (levelFilter is { } wanted)
        {
            query = query.Where(t => t.Level == wanted);
        }

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
                || EF.Functions.Like(t.NameEn, anywhere, "\\"));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.Code)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .Select(t => new { t.Code, t.Level, t.ParentCode, t.NameFr, t.NameEn, t.CentroidLatitude, t.CentroidLongitude })
            .ToListAsync(cancellationToken);
        var summaries = items
            .Select(t => new TerritorySummary(t.Code, t.Level.ToName(), t.ParentCode, t.NameFr, t.NameEn, t.CentroidLatitude, t.CentroidLongitude))
            .ToList();
        var totalPages = (int)Math.Ceiling(total / (double)size);
        return TypedResults.Ok(new TerritoryPage(hierarchy.Version, pageNumber, size, total, totalPages, summaries));
    }

    public static async Task<Results<Ok<TerritoryDetail>, ProblemHttpResult>> GetTerritory(
        ProfilingDbContext db,
        string code,
        string? version,
        CancellationToken cancellationToken)
    {
        var hierarchy = await ResolveAsync(db, version, cancellationToken);
        if (hierarchy is null)
        {
            return HierarchyNotFound(version);
        }

        var territories = db.Territories.AsNoTracking().Where(t => t.HierarchyVersion == hierarchy.Version);
        var territory = await territories.SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (territory is null)
        {
            return NotFound($"Territory '{code}' is not in hierarchy version '{hierarchy.Version}'.");
        }

        var children = await territories.Where(t => t.ParentCode == code).OrderBy(t => t.Code).Select(t => t.Code).ToListAsync(cancellationToken);

        // At most five steps up (da → province); validation guarantees the chain ends at the province.
        var ancestors = new List<TerritoryReference>();
        var parentCode = territory.ParentCode;
        while (parentCode is not null && ancestors.Count < TerritoryLevels.All.Count)
        {
            var current = parentCode;
            var parent = await territories.SingleAsync(t => t.Code == current, cancellationToken);
            ancestors.Insert(0, new TerritoryReference(parent.Code, parent.Level.ToName(), parent.NameFr, parent.NameEn));
            parentCode = parent.ParentCode;
        }

        return TypedResults.Ok(new TerritoryDetail(hierarchy.Version, territory.Code, territory.Level.ToName(), territory.ParentCode,
            territory.NameFr, territory.NameEn, territory.CentroidLatitude, territory.CentroidLongitude,
            ParseGeometry(territory.GeometryGeoJson), ancestors, children));
    }

    public static async Task<Ok<List<HierarchyVersionInfo>>> ListHierarchies(ProfilingDbContext db, CancellationToken cancellationToken)
    {
        var hierarchies = await NewestFirst(db.TerritoryHierarchies.AsNoTracking()).ToListAsync(cancellationToken);
        return TypedResults.Ok(hierarchies
            .Select((h, index) => new HierarchyVersionInfo(h.Version, h.TerritoryCount, h.ContentHash, AsUtc(h.ImportedAtUtc), index == 0))
            .ToList());
    }

    /// <summary>
    /// The claim check the other services redeem after <c>TerritoryHierarchyImported</c>. A version never
    /// changes, so its content hash is a strong ETag and a conditional request costs nothing.
    /// </summary>
    public static async Task<Results<Ok<HierarchyExport>, ProblemHttpResult, StatusCodeHttpResult>> ExportHierarchy(
        ProfilingDbContext db,
        HttpContext context,
        string version,
        CancellationToken cancellationToken)
    {
        var hierarchy = await db.TerritoryHierarchies.AsNoTracking().SingleOrDefaultAsync(h => h.Version == version, cancellationToken);
        if (hierarchy is null)
        {
            return HierarchyNotFound(version);
        }

        if (ETags.SetAndCheckNotModified(context, hierarchy.ContentHash))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(new HierarchyExport(hierarchy.Version, hierarchy.TerritoryCount, hierarchy.ContentHash,
            AsUtc(hierarchy.ImportedAtUtc), StreamTerritories(db, hierarchy.Version, cancellationToken)));
    }

    private static async IAsyncEnumerable<TerritoryRecord> StreamTerritories(
        ProfilingDbContext db,
        string version,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.Territories.AsNoTracking()
            .Where(t => t.HierarchyVersion == version)
            .OrderBy(t => t.Code)
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var t in rows)
        {
            yield return new TerritoryRecord(t.Code, t.Level.ToName(), t.ParentCode, t.NameFr, t.NameEn,
                t.CentroidLatitude, t.CentroidLongitude, ParseGeometry(t.GeometryGeoJson));
        }
    }

    private static Task<TerritoryHierarchy?> ResolveAsync(ProfilingDbContext db, string? version, CancellationToken cancellationToken)
    {
        var hierarchies = db.TerritoryHierarchies.AsNoTracking();
        return string.IsNullOrWhiteSpace(version)
            ? NewestFirst(hierarchies).FirstOrDefaultAsync(cancellationToken)
            : hierarchies.SingleOrDefaultAsync(h => h.Version == version, cancellationToken);
    }

    private static IQueryable<TerritoryHierarchy> NewestFirst(IQueryable<TerritoryHierarchy> hierarchies) =>
        hierarchies.OrderByDescending(h => h.ImportedAtUtc).ThenByDescending(h => h.Version);

    private static ProblemHttpResult HierarchyNotFound(string? version) => NotFound(string.IsNullOrWhiteSpace(version)
        ? "No territory hierarchy has been imported yet: POST one to /territories/hierarchies/{version}."
        : $"Hierarchy version '{version}' has not been imported.");

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    private static JsonElement? ParseGeometry(string? geoJson) =>
        geoJson is null ? null : JsonSerializer.Deserialize<JsonElement>(geoJson);

    private static DateTimeOffset AsUtc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);
}
