using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Territories.ReadModel;

public static class TerritoryReadModelModelBuilderExtensions
{
    /// <summary>Adds the territory read model's tables to a service's own database.</summary>
    public static ModelBuilder ApplyTerritoryReadModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TerritoryHierarchyEntry>(hierarchy =>
        {
            hierarchy.ToTable("TerritoryHierarchies");
            hierarchy.HasKey(h => h.Version);
            hierarchy.Property(h => h.Version).HasMaxLength(64);
            hierarchy.Property(h => h.ContentHash).HasMaxLength(64);
        });

        modelBuilder.Entity<TerritoryEntry>(territory =>
        {
            territory.ToTable("Territories");
            territory.HasKey(t => new { t.HierarchyVersion, t.Code });
            territory.Property(t => t.HierarchyVersion).HasMaxLength(64);
            territory.Property(t => t.Code).HasMaxLength(32);
            territory.Property(t => t.Level).HasMaxLength(16);
            territory.Property(t => t.ParentCode).HasMaxLength(32);
            territory.Property(t => t.NameFr).HasMaxLength(256);
            territory.Property(t => t.NameEn).HasMaxLength(256);
            territory.HasIndex(t => new { t.HierarchyVersion, t.ParentCode });
            territory.HasIndex(t => new { t.HierarchyVersion, t.Level });
            territory.Ignore(t => t.GeometryGeoJson); // the owner's alone
        });

        return modelBuilder;
    }
}
