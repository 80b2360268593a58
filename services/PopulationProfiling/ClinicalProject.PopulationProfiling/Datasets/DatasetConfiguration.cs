using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalProject.PopulationProfiling.Datasets;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> dataset)
    {
        dataset.ToTable("Datasets");
        dataset.HasKey(d => d.Id);
        dataset.Property(d => d.Id).ValueGeneratedNever();
        dataset.Property(d => d.Kind).HasConversion(v => WireNames<DatasetKind>.Name(v), v => WireNames<DatasetKind>.Parse(v)).HasMaxLength(16).IsUnicode(false);
        dataset.Property(d => d.Version).HasMaxLength(VersionLabel.MaxLength);
        dataset.Property(d => d.HierarchyVersion).HasMaxLength(VersionLabel.MaxLength);
        dataset.Property(d => d.BaseLevel).HasConversion(v => v.ToName(), v => ParseLevel(v)).HasMaxLength(16).IsUnicode(false);
        dataset.Property(d => d.ContentHash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        dataset.Property(d => d.Periods).HasMaxLength(2000).IsUnicode(false);
        dataset.Property(d => d.IndicatorCodes).HasMaxLength(8000).IsUnicode(false);
        // One version per kind: concurrent imports of one new version meet here, and the loser re-reads.
        dataset.HasIndex(d => new { d.Kind, d.Version }).IsUnique();
        dataset.HasOne<TerritoryHierarchy>().WithMany().HasForeignKey(d => d.HierarchyVersion).OnDelete(DeleteBehavior.Restrict);
        dataset.HasMany<DatasetSlice>().WithOne().HasForeignKey(s => s.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }

    private static TerritoryLevel ParseLevel(string name) =>
        TerritoryLevels.TryParse(name, out var level) ? level : throw new InvalidOperationException($"The database holds an unknown level '{name}'.");
}

internal sealed class DatasetSliceConfiguration : IEntityTypeConfiguration<DatasetSlice>
{
    public void Configure(EntityTypeBuilder<DatasetSlice> slice)
    {
        slice.ToTable("DatasetSlices");
        slice.HasKey(s => new { s.DatasetId, s.Period, s.IndicatorCode });
        slice.Property(s => s.IndicatorCode).HasMaxLength(64);
    }
}
