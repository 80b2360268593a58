using ClinicalProject.GapAnalysis.Analyses;
using ClinicalProject.GapAnalysis.Matrices;
using ClinicalProject.GapAnalysis.Runs;
using ClinicalProject.Messaging;
using ClinicalProject.Territories.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Data;

/// <summary>The service's own database: analyses with their gaps and scores, travel-time matrices, pending input changes, the territory read model, the outbox and inbox.</summary>
public sealed class GapAnalysisDbContext(DbContextOptions<GapAnalysisDbContext> options) : DbContext(options)
{
    public DbSet<Analysis> Analyses => Set<Analysis>();

    public DbSet<GapEntry> Gaps => Set<GapEntry>();

    public DbSet<AccessScoreEntry> AccessScores => Set<AccessScoreEntry>();

    public DbSet<InputChange> InputChanges => Set<InputChange>();

    public DbSet<TravelTimeMatrixEntity> TravelTimeMatrices => Set<TravelTimeMatrixEntity>();

    public DbSet<TravelTimeEntry> TravelTimes => Set<TravelTimeEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyTerritoryReadModel();
        modelBuilder.ApplyMessagingTables();
        modelBuilder.ApplyConfiguration(new GapAnalysisModelConfiguration());
        GapAnalysisModelConfiguration.ConfigureRest(modelBuilder);
    }
}
