using ClinicalProject.Territories.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Sites;

/// <summary>
/// Places a point in the territory hierarchy this service holds (<see cref="PlacingVersionAsync"/>). The read model carries each territory's
/// population-weighted centroid but not its boundary, so a point belongs to the dissemination area (or, when
/// the hierarchy has no DA centroids, the lowest level that has them) whose centroid is nearest, if that
/// centroid is within <see cref="MaxCentroidDistanceKm"/>; the territory's ancestors (CLSC, RLS, RTS, region)
/// follow from the hierarchy. A site outside every territory gets none.
/// </summary>
public static class TerritoryLookup
{
    /// <summary>Large enough for rural DAs, small enough not to place a site of another region in Estrie.</summary>
    public const double MaxCentroidDistanceKm = 30;

    private static readonly string[] LevelsFromLowest = ["da", "clsc", "rls", "rts", "region"];

    public static Task<string?> LatestVersionAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Set<TerritoryHierarchyEntry>().AsNoTracking()
            .OrderByDescending(h => h.ImportedAtUtc).Select(h => h.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The hierarchy sites are placed in: the latest one with centroids at the lowest level any hierarchy has them
    /// (DAs). A newer hierarchy without them (boundaries without centroids, or centroids only for CLSCs) cannot
    /// place a site where the older one did: taking it would unplace every site (issue 14, defect 12), so sites
    /// stay in the older one until a hierarchy with DA centroids arrives. Null without any hierarchy.
    /// </summary>
    public static async Task<string?> PlacingVersionAsync(DbContext db, CancellationToken cancellationToken)
    {
        foreach (var level in LevelsFromLowest)
        {
            var withCentroids = db.Set<TerritoryEntry>()
                .Where(t => t.Level == level && t.CentroidLatitude != null && t.CentroidLongitude != null)
                .Select(t => t.HierarchyVersion);
            var version = await db.Set<TerritoryHierarchyEntry>().AsNoTracking()
                .Where(h => withCentroids.Contains(h.Version))
                .OrderByDescending(h => h.ImportedAtUtc).Select(h => h.Version).FirstOrDefaultAsync(cancellationToken);
            if (version is not null)
            {
                return version;
            }
        }

        return await LatestVersionAsync(db, cancellationToken);
    }

    /// <summary>The codes of the territories containing the point in <paramref name="version"/>, lowest first; empty when it is outside all of them.</summary>
    public static async Task<List<string>> LocateAsync(DbContext db, string? version, double latitude, double longitude, CancellationToken cancellationToken)
    {
        if (version is null)
        {
            return [];
        }

        var territories = await db.Set<TerritoryEntry>().AsNoTracking().Where(t => t.HierarchyVersion == version)
            .Select(t => new { t.Code, t.Level, t.ParentCode, t.CentroidLatitude, t.CentroidLongitude })
            .ToListAsync(cancellationToken);
        foreach (var level in LevelsFromLowest)
        {
            var nearest = territories
                .Where(t => t.Level == level && t.CentroidLatitude is not null && t.CentroidLongitude is not null)
                .Select(t => (t.Code, Distance: GreatCircle.DistanceKm(latitude, longitude, t.CentroidLatitude!.Value, t.CentroidLongitude!.Value)))
                .OrderBy(t => t.Distance).ThenBy(t => t.Code, StringComparer.Ordinal)
                .FirstOrDefault();
            if (nearest.Code is null)
            {
                continue; // no centroids at this level: try the next one up
            }

            if (nearest.Distance > MaxCentroidDistanceKm)
            {
                return [];
            }

            var parents = territories.ToDictionary(t => t.Code, t => t.ParentCode, StringComparer.Ordinal);
            return WithAncestors(nearest.Code, parents);
        }

        return [];
    }

    /// <summary>The code followed by its parent, grandparent… up to the root of the hierarchy.</summary>
    public static List<string> WithAncestors(string code, IReadOnlyDictionary<string, string?> parents)
    {
        var codes = new List<string>();
        for (string? current = code; current is not null && !codes.Contains(current); parents.TryGetValue(current, out current))
        {
            codes.Add(current);
        }

        return codes;
    }
}
