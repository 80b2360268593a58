using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Territories.ReadModel.Queries;

/// <summary>The territory queries over a service's read model (<see cref="TerritoryEntry"/>, <see cref="TerritoryHierarchyEntry"/>).</summary>
public sealed class ReadModelTerritorySource(DbContext db) : ITerritoryQuerySource
{
    public IQueryable<TerritoryHierarchyRow> Hierarchies => db.Set<TerritoryHierarchyEntry>().AsNoTracking()
        .Select(h => new TerritoryHierarchyRow
        {
            Version = h.Version,
            TerritoryCount = h.TerritoryCount,
            ContentHash = h.ContentHash,
            ImportedAtUtc = h.ImportedAtUtc,
        });

    public IQueryable<TerritoryRow> Territories(string version, string? level = null)
    {
        var territories = db.Set<TerritoryEntry>().AsNoTracking().Where(t => t.HierarchyVersion == version);
        if (level is not null)
        {
            territories = territories.Where(t => t.Level == level);
        }

        return territories.Select(t => new TerritoryRow
        {
            HierarchyVersion = t.HierarchyVersion,
            Code = t.Code,
            Level = t.Level,
            ParentCode = t.ParentCode,
            NameFr = t.NameFr,
            NameEn = t.NameEn,
            CentroidLatitude = t.CentroidLatitude,
            CentroidLongitude = t.CentroidLongitude,
            GeometryGeoJson = null,
        });
    }
}
