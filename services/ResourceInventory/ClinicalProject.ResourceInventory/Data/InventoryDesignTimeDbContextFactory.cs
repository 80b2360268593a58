using ClinicalProject.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model without a database.</summary>
public sealed class InventoryDesignTimeDbContextFactory : SqlServerDesignTimeFactory<InventoryDbContext>
{
    protected override InventoryDbContext Create(DbContextOptions<InventoryDbContext> options) => new(options);
}
