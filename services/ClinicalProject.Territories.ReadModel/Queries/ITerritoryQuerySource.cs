namespace ClinicalProject.Territories.ReadModel.Queries;

/// <summary>
/// Where the territory queries (<see cref="TerritoryQueryApi"/>) read: a service's read model as it is, or
/// population profiling's own tables projected into the read model's shape (with a member initialiser, so the
/// queries' filters and ordering still run in the database). Register one, scoped, per service.
/// </summary>
public interface ITerritoryQuerySource
{
    IQueryable<TerritoryHierarchyEntry> Hierarchies { get; }

    /// <summary>The territories of <paramref name="version"/>, of one level when <paramref name="level"/> (a canonical name) is given.</summary>
    IQueryable<TerritoryEntry> Territories(string version, string? level = null);
}
