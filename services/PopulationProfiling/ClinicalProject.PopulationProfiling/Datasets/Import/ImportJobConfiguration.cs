using ClinicalProject.PopulationProfiling.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> job)
    {
        job.ToTable("ImportJobs");
        job.HasKey(j => j.Id);
        job.Property(j => j.Id).ValueGeneratedNever();
        job.Property(j => j.Kind).HasConversion(v => WireNames<DatasetKind>.Name(v), v => WireNames<DatasetKind>.Parse(v)).HasMaxLength(16).IsUnicode(false);
        job.Property(j => j.State).HasConversion(v => WireNames<ImportJobState>.Name(v), v => WireNames<ImportJobState>.Parse(v)).HasMaxLength(16).IsUnicode(false);
        job.Property(j => j.Version).HasMaxLength(VersionLabel.MaxLength);
        job.Property(j => j.HierarchyVersion).HasMaxLength(VersionLabel.MaxLength);
        job.HasIndex(j => j.CreatedAtUtc);
    }
}
