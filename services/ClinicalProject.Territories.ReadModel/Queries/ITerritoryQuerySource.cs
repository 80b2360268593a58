namespace ClinicalProject.Territories.ReadModel.Queries;

/// <summary>
/// Where the territory queries (<see cref="TerritoryQueryApi"/>) read: population profiling's own tables or a
/// service's read model. Register one, scoped, per service.
/// </summary>
public interface ITerritoryQuerySource
{
    IQueryable<TerritoryHierarchyRow> Hierarchies { get; }

    /// <summary>The territories of <paramref name="version"/>, of one level when <paramref name="level"/> (a canonical name) is given.</summary>
    IQueryable<TerritoryRow> Territories(string version, string? level = null);
}
