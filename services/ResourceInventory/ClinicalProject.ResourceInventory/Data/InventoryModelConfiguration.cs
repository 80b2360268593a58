using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.ClinicalModels;
using ClinicalProject.ResourceInventory.Corridors;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Responsibilities;
using ClinicalProject.ResourceInventory.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalProject.ResourceInventory.Data;

/// <summary>
/// The inventory's tables. References between resources are foreign keys without cascades (a resource is
/// retired, never deleted); value objects and lists are JSON columns; enums are stored by name.
/// </summary>
public static class InventoryModelConfiguration
{
    private const int Name = 300;
    private const int Text = 4000;
    private const int Code = 64;
    private const int Word = 40;

    public static ModelBuilder ApplyInventoryModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organization>(e =>
        {
            Common(e, "Organizations");
            e.Property(o => o.Name).HasMaxLength(Name);
            e.Property(o => o.AlternateName).HasMaxLength(Name);
            e.Property(o => o.Type).HasConversion<string>().HasMaxLength(Word);
            e.Property(o => o.Description).HasMaxLength(Text);
            e.Property(o => o.Identifier).HasMaxLength(Code);
            e.Property(o => o.Email).HasMaxLength(Name);
            e.Property(o => o.Website).HasMaxLength(2000);
            e.Property(o => o.Phones).HasJsonConversion();
            e.HasOne<Organization>().WithMany().HasForeignKey(o => o.ParentOrganizationId).OnDelete(DeleteBehavior.NoAction);
            e.HasIndex(o => o.Name);
            e.HasIndex(o => o.Type);
        });

        modelBuilder.Entity<Site>(e =>
        {
            Common(e, "Sites");
            e.Property(s => s.Name).HasMaxLength(Name);
            e.Property(s => s.Type).HasConversion<string>().HasMaxLength(Word);
            e.Property(s => s.Description).HasMaxLength(Text);
            e.Property(s => s.Address).HasJsonConversion();
            e.Property(s => s.TerritoryHierarchyVersion).HasMaxLength(64);
            e.Property(s => s.AccessibilityNotes).HasMaxLength(Text);
            e.Property(s => s.Transportation).HasMaxLength(Text);
            e.Property(s => s.Url).HasMaxLength(2000);
            e.Property(s => s.Phones).HasJsonConversion();
            e.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.NoAction);
            e.HasIndex(s => new { s.Latitude, s.Longitude });
        });

        modelBuilder.Entity<HealthService>(e =>
        {
            Common(e, "Services");
            e.Property(s => s.Name).HasMaxLength(Name);
            e.Property(s => s.AlternateName).HasMaxLength(Name);
            e.Property(s => s.Description).HasMaxLength(Text);
            e.Property(s => s.Level).HasConversion<string>().HasMaxLength(Word);
            e.Property(s => s.ServiceType).HasMaxLength(Name);
            e.Property(s => s.EligibilityDescription).HasMaxLength(Text);
            e.Property(s => s.Schedules).HasJsonConversion();
            e.Property(s => s.DeliveryModes).HasJsonConversion();
            e.Property(s => s.Email).HasMaxLength(Name);
            e.Property(s => s.Url).HasMaxLength(2000);
            e.Property(s => s.ApplicationProcess).HasMaxLength(Text);
            e.Property(s => s.Phones).HasJsonConversion();
            e.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.NoAction);
            e.HasIndex(s => new { s.Program, s.Level });
        });

        modelBuilder.Entity<CapacityRecord>(e =>
        {
            Common(e, "Capacities");
            e.Property(c => c.Unit).HasConversion<string>().HasMaxLength(Word);
            e.Property(c => c.Value).HasPrecision(18, 4);
            e.Property(c => c.Maximum).HasPrecision(18, 4);
            e.Property(c => c.Description).HasMaxLength(Name);
            e.HasOne<HealthService>().WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.NoAction);
            e.HasIndex(c => new { c.ServiceId, c.SiteId, c.Unit, c.AsOf });
        });

        modelBuilder.Entity<ServiceAgreement>(e =>
        {
            Common(e, "Agreements");
            e.Property(a => a.Title).HasMaxLength(Name);
            e.Property(a => a.Description).HasMaxLength(Text);
            e.Property(a => a.Parties).HasJsonConversion();
            e.Property(a => a.Volumes).HasJsonConversion();
            e.Property(a => a.MaximumDelays).HasJsonConversion();
            e.Property(a => a.ReportedDelays).HasJsonConversion();
            e.Property(a => a.AccessCriteria).HasMaxLength(Text);
            e.Property(a => a.ReferralMethod).HasConversion<string>().HasMaxLength(Word);
            e.Property(a => a.ReportingFrequency).HasConversion<string>().HasMaxLength(Word);
            e.HasIndex(a => a.Program);
        });

        modelBuilder.Entity<ServiceCorridor>(e =>
        {
            Common(e, "Corridors");
            e.Property(c => c.Name).HasMaxLength(Name);
            e.Property(c => c.Level).HasConversion<string>().HasMaxLength(Word);
            e.Property(c => c.Description).HasMaxLength(Text);
            e.HasOne<Organization>().WithMany().HasForeignKey(c => c.FromOrganizationId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Organization>().WithMany().HasForeignKey(c => c.ToOrganizationId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<ServiceAgreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.NoAction);
            e.HasIndex(c => new { c.Program, c.Level });
        });

        modelBuilder.Entity<ResponsibilitySet>(e =>
        {
            Common(e, "Responsibilities");
            e.Property(r => r.TerritoryCode).HasMaxLength(32);
            e.Property(r => r.ClinicalAdministrativeManager).HasJsonConversion();
            e.Property(r => r.MedicalManager).HasJsonConversion();
            e.Property(r => r.Assignments).HasJsonConversion();
            e.Property(r => r.Notes).HasMaxLength(Text);
            e.HasIndex(r => new { r.Program, r.TerritoryCode });
        });

        modelBuilder.Entity<ClinicalModel>(e =>
        {
            Common(e, "ClinicalModels");
            e.Property(m => m.Name).HasMaxLength(Name);
            e.Property(m => m.Description).HasMaxLength(Text);
            e.Property(m => m.GapTypes).HasJsonConversion();
        });

        modelBuilder.Entity<Collaboration>(e =>
        {
            Common(e, "Collaborations");
            e.Property(c => c.Decision).HasConversion<string>().HasMaxLength(Word);
            e.Property(c => c.Notes).HasMaxLength(Text);
            e.HasOne<ClinicalModel>().WithMany().HasForeignKey(c => c.ClinicalModelId).OnDelete(DeleteBehavior.NoAction);
        });

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditEntries");
            e.HasKey(a => a.Id);
            e.Property(a => a.Kind).HasMaxLength(Word);
            e.Property(a => a.Action).HasMaxLength(Word);
            e.Property(a => a.ChangedBy).HasMaxLength(ChangeAuthor.MaxLength);
            e.HasIndex(a => new { a.Kind, a.ResourceId, a.Version });
        });

        return modelBuilder;
    }

    private static void Common<TEntity>(EntityTypeBuilder<TEntity> entity, string table) where TEntity : InventoryEntity
    {
        entity.ToTable(table);
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Id).ValueGeneratedNever();
        entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(Word);
        entity.Property(e => e.Version).IsConcurrencyToken();
        entity.Property(e => e.CreatedBy).HasMaxLength(ChangeAuthor.MaxLength);
        entity.Property(e => e.UpdatedBy).HasMaxLength(ChangeAuthor.MaxLength);
        entity.HasIndex(e => e.Status);
    }
}
