using ClinicalProject.Messaging;
using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.ClinicalModels;
using ClinicalProject.ResourceInventory.Corridors;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Imports;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Responsibilities;
using ClinicalProject.ResourceInventory.Sites;
using ClinicalProject.Territories.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Data;

/// <summary>The service's own database: the inventory and its audit trail, the territory read model, the outbox and inbox.</summary>
public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<HealthService> Services => Set<HealthService>();

    public DbSet<CapacityRecord> Capacities => Set<CapacityRecord>();

    public DbSet<ServiceAgreement> Agreements => Set<ServiceAgreement>();

    public DbSet<ServiceCorridor> Corridors => Set<ServiceCorridor>();

    public DbSet<ResponsibilitySet> Responsibilities => Set<ResponsibilitySet>();

    public DbSet<ClinicalModel> ClinicalModels => Set<ClinicalModel>();

    public DbSet<Collaboration> Collaborations => Set<Collaboration>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyInventoryModel();
        modelBuilder.ApplyBatchImports();
        modelBuilder.ApplyTerritoryReadModel();
        modelBuilder.ApplyMessagingTables();
    }
}
