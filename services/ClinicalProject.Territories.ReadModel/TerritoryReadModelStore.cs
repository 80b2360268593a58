using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Territories.ReadModel;

/// <summary>The service's own context, seen by the shared territory endpoints.</summary>
public sealed class TerritoryReadModelStore(DbContext db)
{
    public DbContext Db { get; } = db;
}
