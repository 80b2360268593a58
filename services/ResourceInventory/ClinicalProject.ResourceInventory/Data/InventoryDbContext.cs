using ClinicalProject.Messaging;
using ClinicalProject.Territories.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Data;

/// <summary>The service's own database: its territory read model and its outbox and inbox.</summary>
public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyTerritoryReadModel();
        modelBuilder.ApplyMessagingTables();
    }
}
