using ClinicalProject.PopulationProfiling.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalProject.PopulationProfiling.Profiles;

internal sealed class ProfileJobConfiguration : IEntityTypeConfiguration<ProfileJob>
{
    public void Configure(EntityTypeBuilder<ProfileJob> job)
    {
        job.ToTable("ProfileJobs");
        job.HasKey(j => j.Id);
        job.Property(j => j.Id).ValueGeneratedNever();
        // Two jobs accepted at once cannot take one version: the loser retries with the next.
        job.HasIndex(j => j.Sequence).IsUnique();
        job.Property(j => j.HierarchyVersion).HasMaxLength(VersionLabel.MaxLength);
        job.Property(j => j.PopulationDatasetVersion).HasMaxLength(VersionLabel.MaxLength);
        job.Property(j => j.DeprivationVersion).HasMaxLength(VersionLabel.MaxLength);
        job.Property(j => j.NumeratorDatasetIds).HasMaxLength(2000).IsUnicode(false);
        job.Property(j => j.IndicatorCodes).HasMaxLength(8000).IsUnicode(false);
        job.Property(j => j.Periods).HasMaxLength(2000).IsUnicode(false);
        job.Property(j => j.State).HasConversion(v => WireNames<ProfileJobState>.Name(v), v => WireNames<ProfileJobState>.Parse(v)).HasMaxLength(16).IsUnicode(false);
        job.Property(j => j.Error).HasMaxLength(2000);
        job.HasMany<ProfilePartitionEntry>().WithOne().HasForeignKey(p => p.JobId).OnDelete(DeleteBehavior.Cascade);
        job.HasMany<ProfileValue>().WithOne().HasForeignKey(v => v.JobId).OnDelete(DeleteBehavior.Cascade);
        job.HasMany<ProfileTrend>().WithOne().HasForeignKey(t => t.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProfilePartitionConfiguration : IEntityTypeConfiguration<ProfilePartitionEntry>
{
    public void Configure(EntityTypeBuilder<ProfilePartitionEntry> partition)
    {
        partition.ToTable("ProfilePartitions");
        partition.HasKey(p => new { p.JobId, p.Partition });
        partition.Property(p => p.IndicatorCode).HasMaxLength(64);
        partition.Property(p => p.ComputedBy).HasMaxLength(200);
    }
}

internal sealed class ProfileValueConfiguration : IEntityTypeConfiguration<ProfileValue>
{
    public void Configure(EntityTypeBuilder<ProfileValue> value)
    {
        value.ToTable("ProfileValues");
        value.HasKey(v => new { v.JobId, v.IndicatorCode, v.Period, v.TerritoryCode, v.Quintile });
        value.Property(v => v.IndicatorCode).HasMaxLength(64);
        value.Property(v => v.TerritoryCode).HasMaxLength(64);
        value.Property(v => v.Level).HasMaxLength(16).IsUnicode(false);
        value.Property(v => v.Status).HasMaxLength(32).IsUnicode(false);
        value.Property(v => v.Method).HasConversion<string>().HasMaxLength(32).IsUnicode(false);
        value.Property(v => v.Suppression).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        value.Property(v => v.VersusParent).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        value.Property(v => v.VersusProvince).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        // Dashboards read a territory's whole profile, and one level's map of an indicator.
        value.HasIndex(v => new { v.JobId, v.TerritoryCode, v.Period });
        value.HasIndex(v => new { v.JobId, v.IndicatorCode, v.Period, v.Level });
    }
}

internal sealed class ProfileTrendConfiguration : IEntityTypeConfiguration<ProfileTrend>
{
    public void Configure(EntityTypeBuilder<ProfileTrend> trend)
    {
        trend.ToTable("ProfileTrends");
        trend.HasKey(t => new { t.JobId, t.IndicatorCode, t.TerritoryCode });
        trend.Property(t => t.IndicatorCode).HasMaxLength(64);
        trend.Property(t => t.TerritoryCode).HasMaxLength(64);
        trend.Property(t => t.Direction).HasConversion<string>().HasMaxLength(32).IsUnicode(false);
    }
}
