using ClinicalProject.Contracts;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.PopulationProfiling.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>
/// Stores a validated hierarchy version and its <see cref="TerritoryHierarchyImported"/> event in one
/// SaveChanges (one transaction): either both are kept or neither. Versions are immutable: the same label
/// with the same content is a no-op, with other content a conflict.
/// </summary>
public static class TerritoryHierarchyImporter
{
    public enum Status
    {
        Created,
        AlreadyImported,
        Conflict,
    }

    public sealed record Outcome(Status Status, HierarchyImportSummary Summary);

    public static async Task<Outcome> ImportAsync(
        ProfilingDbContext db,
        TimeProvider clock,
        string version,
        IReadOnlyList<TerritoryDefinition> territories,
        CancellationToken cancellationToken)
    {
        var contentHash = TerritoryContentHash.Compute(territories);
        var counts = CountByLevel(territories);

        var existing = await FindAsync(db, version, cancellationToken);
        if (existing is not null)
        {
            return Compare(existing, contentHash, counts);
        }

        var importedAt = clock.GetUtcNow();
        db.TerritoryHierarchies.Add(new TerritoryHierarchy
        {
            Version = version,
            ContentHash = contentHash,
            TerritoryCount = territories.Count,
            ImportedAtUtc = importedAt.UtcDateTime,
        });
        db.Territories.AddRange(territories.Select(t => new Territory
        {
            HierarchyVersion = version,
            Code = t.Code,
            Level = t.Level,
            ParentCode = t.ParentCode,
            NameFr = t.NameFr,
            NameEn = t.NameEn,
            CentroidLatitude = t.CentroidLatitude,
            CentroidLongitude = t.CentroidLongitude,
            GeometryGeoJson = t.GeometryGeoJson,
        }));
        db.PublishOnCommit(new TerritoryHierarchyImported(version, territories.Count, contentHash, importedAt));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two imports of one new version at once: the loser sees the winner's row.
            db.ChangeTracker.Clear();
            existing = await FindAsync(db, version, cancellationToken);
            if (existing is null)
            {
                throw;
            }

            return Compare(existing, contentHash, counts);
        }

        return new(Status.Created, new(version, territories.Count, contentHash, importedAt, counts));
    }

    public static IReadOnlyDictionary<string, int> CountByLevel(IEnumerable<TerritoryDefinition> territories)
    {
        var counts = TerritoryLevels.All.ToDictionary(level => level, _ => 0);
        foreach (var territory in territories)
        {
            counts[territory.Level]++;
        }

        return TerritoryLevels.All.ToDictionary(level => level.ToName(), level => counts[level]);
    }

    private static Task<TerritoryHierarchy?> FindAsync(ProfilingDbContext db, string version, CancellationToken cancellationToken) =>
        db.TerritoryHierarchies.AsNoTracking().SingleOrDefaultAsync(h => h.Version == version, cancellationToken);

    private static Outcome Compare(TerritoryHierarchy existing, string contentHash, IReadOnlyDictionary<string, int> counts)
    {
        var summary = new HierarchyImportSummary(existing.Version, existing.TerritoryCount, existing.ContentHash,
            new DateTimeOffset(DateTime.SpecifyKind(existing.ImportedAtUtc, DateTimeKind.Utc)), counts);
        return new(existing.ContentHash == contentHash ? Status.AlreadyImported : Status.Conflict, summary);
    }
}
