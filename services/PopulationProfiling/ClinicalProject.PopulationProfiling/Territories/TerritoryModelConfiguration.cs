using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalProject.PopulationProfiling.Territories;

internal sealed class TerritoryHierarchyConfiguration : IEntityTypeConfiguration<TerritoryHierarchy>
{
    public const int VersionMaxLength = Common.VersionLabel.MaxLength;

    public void Configure(EntityTypeBuilder<TerritoryHierarchy> hierarchy)
    {
        hierarchy.ToTable("TerritoryHierarchies");
        hierarchy.HasKey(h => h.Version);
        hierarchy.Property(h => h.Version).HasMaxLength(VersionMaxLength);
        hierarchy.Property(h => h.ContentHash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        hierarchy.HasIndex(h => h.ImportedAtUtc);
        hierarchy.HasMany<Territory>().WithOne().HasForeignKey(t => t.HierarchyVersion).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TerritoryConfiguration : IEntityTypeConfiguration<Territory>
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 200;

    public void Configure(EntityTypeBuilder<Territory> territory)
    {
        territory.ToTable("Territories");
        territory.HasKey(t => new { t.HierarchyVersion, t.Code });
        territory.Property(t => t.HierarchyVersion).HasMaxLength(TerritoryHierarchyConfiguration.VersionMaxLength);
        territory.Property(t => t.Code).HasMaxLength(CodeMaxLength);
        territory.Property(t => t.ParentCode).HasMaxLength(CodeMaxLength);
        // Stored by name ("rls") so the table reads well in SQL; ordering by level is never needed in SQL.
        territory.Property(t => t.Level)
            .HasConversion(level => level.ToName(), name => Parse(name))
            .HasMaxLength(16)
            .IsUnicode(false);
        territory.Property(t => t.NameFr).HasMaxLength(NameMaxLength);
        territory.Property(t => t.NameEn).HasMaxLength(NameMaxLength);
        // The parent link is checked by the import's validation, not by a self-referencing foreign key: it
        // would force row-by-row insert ordering on 13,600-row imports for no extra safety.
        territory.HasIndex(t => new { t.HierarchyVersion, t.ParentCode });
        territory.HasIndex(t => new { t.HierarchyVersion, t.Level });
    }

    private static TerritoryLevel Parse(string name) =>
        TerritoryLevels.TryParse(name, out var level)
            ? level
            : throw new InvalidOperationException($"The database holds an unknown territory level '{name}'.");
}
