using ClinicalProject.PopulationProfiling.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalProject.PopulationProfiling.Deprivation;

internal sealed class DeprivationIndexConfiguration : IEntityTypeConfiguration<DeprivationIndex>
{
    public void Configure(EntityTypeBuilder<DeprivationIndex> index)
    {
        index.ToTable("DeprivationIndexes");
        index.HasKey(i => i.Version);
        index.Property(i => i.Version).HasMaxLength(TerritoryHierarchyConfiguration.VersionMaxLength);
        index.Property(i => i.HierarchyVersion).HasMaxLength(TerritoryHierarchyConfiguration.VersionMaxLength);
        index.Property(i => i.ContentHash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        index.HasOne<TerritoryHierarchy>().WithMany().HasForeignKey(i => i.HierarchyVersion).OnDelete(DeleteBehavior.Restrict);
        index.HasMany<DeprivationScore>().WithOne().HasForeignKey(s => s.IndexVersion).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeprivationScoreConfiguration : IEntityTypeConfiguration<DeprivationScore>
{
    public void Configure(EntityTypeBuilder<DeprivationScore> score)
    {
        score.ToTable("DeprivationScores");
        score.HasKey(s => new { s.IndexVersion, s.DaCode });
        score.Property(s => s.IndexVersion).HasMaxLength(TerritoryHierarchyConfiguration.VersionMaxLength);
        score.Property(s => s.DaCode).HasMaxLength(TerritoryConfiguration.CodeMaxLength);
    }
}
