using System.Runtime.CompilerServices;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.Territories.ReadModel.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Territories.Queries;

/// <summary>
/// The hierarchy export, which only the owner answers; the territory queries themselves are the shared ones
/// (<see cref="TerritoryQueryApi"/> over <see cref="ProfilingTerritorySource"/>).
/// </summary>
public static class HierarchyExports
{
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
            return TerritoryQueryHandlers.HierarchyNotFound(version);
        }

        if (ETags.SetAndCheckNotModified(context, hierarchy.ContentHash))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(new HierarchyExport(hierarchy.Version, hierarchy.TerritoryCount, hierarchy.ContentHash,
            TerritoryQueryHandlers.AsUtc(hierarchy.ImportedAtUtc), StreamTerritories(db, hierarchy.Version, cancellationToken)));
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
                t.CentroidLatitude, t.CentroidLongitude, TerritoryQueryHandlers.ParseGeometry(t.GeometryGeoJson));
        }
    }
}
