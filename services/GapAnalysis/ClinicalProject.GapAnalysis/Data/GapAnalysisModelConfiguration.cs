using ClinicalProject.GapAnalysis.Analyses;
using ClinicalProject.GapAnalysis.Matrices;
using ClinicalProject.GapAnalysis.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalProject.GapAnalysis.Data;

/// <summary>Tables, keys and lengths of the gap-analysis model; the same on SQL Server and SQLite.</summary>
public sealed class GapAnalysisModelConfiguration : IEntityTypeConfiguration<Analysis>
{
    public void Configure(EntityTypeBuilder<Analysis> analysis)
    {
        analysis.ToTable("Analyses");
        analysis.HasKey(a => a.Id);
        analysis.HasIndex(a => a.Version).IsUnique();
        analysis.Property(a => a.Trigger).HasMaxLength(16);
        analysis.Property(a => a.HierarchyVersion).HasMaxLength(64);
        analysis.Property(a => a.PopulationDatasetVersion).HasMaxLength(64);
        analysis.Property(a => a.PopulationContentHash).HasMaxLength(64);
        analysis.Property(a => a.DeprivationVersion).HasMaxLength(64);
        analysis.Property(a => a.ProjectionVersion).HasMaxLength(64);
        analysis.Property(a => a.InventoryVersion).HasMaxLength(64);
        analysis.Property(a => a.TravelTimeMatrixVersion).HasMaxLength(64);
        analysis.Property(a => a.Programs).HasMaxLength(32);
    }

    public static void ConfigureRest(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<GapEntry>(gap =>
        {
            gap.ToTable("Gaps");
            gap.HasKey(g => new { g.AnalysisId, g.Key });
            gap.Property(g => g.Key).HasMaxLength(200);
            gap.Property(g => g.Type).HasMaxLength(16);
            gap.Property(g => g.Rule).HasMaxLength(64);
            gap.Property(g => g.TerritoryCode).HasMaxLength(32);
            gap.Property(g => g.Subject).HasMaxLength(100);
            gap.HasIndex(g => new { g.AnalysisId, g.Rank });
            gap.HasOne<Analysis>().WithMany().HasForeignKey(g => g.AnalysisId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AccessScoreEntry>(score =>
        {
            score.ToTable("AccessScores");
            score.HasKey(s => new { s.AnalysisId, s.Program, s.TerritoryCode });
            score.Property(s => s.TerritoryCode).HasMaxLength(32);
            score.Property(s => s.Level).HasMaxLength(16);
            score.HasOne<Analysis>().WithMany().HasForeignKey(s => s.AnalysisId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<InputChange>(change =>
        {
            change.ToTable("InputChanges");
            change.HasKey(c => c.Id);
            change.Property(c => c.Source).HasMaxLength(16);
            change.Property(c => c.Reference).HasMaxLength(64);
            change.HasIndex(c => c.ConsumedBy);
        });
        modelBuilder.Entity<TravelTimeMatrixEntity>(matrix =>
        {
            matrix.ToTable("TravelTimeMatrices");
            matrix.HasKey(m => m.Version);
            matrix.Property(m => m.Version).HasMaxLength(64);
            matrix.Property(m => m.ContentHash).HasMaxLength(64);
        });
        modelBuilder.Entity<TravelTimeEntry>(entry =>
        {
            entry.ToTable("TravelTimes");
            entry.HasKey(e => new { e.MatrixVersion, e.OriginCode, e.SiteId });
            entry.Property(e => e.MatrixVersion).HasMaxLength(64);
            entry.Property(e => e.OriginCode).HasMaxLength(32);
            entry.HasOne<TravelTimeMatrixEntity>().WithMany().HasForeignKey(e => e.MatrixVersion).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
