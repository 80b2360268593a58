using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Territories.ReadModel.Queries;

/// <summary>The territory queries over a service's read model (<see cref="TerritoryEntry"/>, <see cref="TerritoryHierarchyEntry"/>).</summary>
public sealed class ReadModelTerritorySource(DbContext db) : ITerritoryQuerySource
{
    public IQueryable<TerritoryHierarchyEntry> Hierarchies => db.Set<TerritoryHierarchyEntry>().AsNoTracking();

    public IQueryable<TerritoryEntry> Territories(string version, string? level = null)
    {
        var territories = db.Set<TerritoryEntry>().AsNoTracking().Where(t => t.HierarchyVersion == version);
        return level is null ? territories : territories.Where(t => t.Level == level);
    }
}
