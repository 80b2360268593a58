using ClinicalProject.Messaging;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Datasets.Import;
using ClinicalProject.PopulationProfiling.Deprivation;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.Profiles;
using ClinicalProject.PopulationProfiling.StandardPopulations;
using ClinicalProject.PopulationProfiling.Territories;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Data;

/// <summary>Population profiling's own database: its features' tables plus the messaging outbox and inbox.</summary>
public sealed class ProfilingDbContext(DbContextOptions<ProfilingDbContext> options) : DbContext(options)
{
    public DbSet<TerritoryHierarchy> TerritoryHierarchies => Set<TerritoryHierarchy>();

    public DbSet<Territory> Territories => Set<Territory>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<StandardPopulationRecord> StandardPopulations => Set<StandardPopulationRecord>();

    public DbSet<DeprivationIndex> DeprivationIndexes => Set<DeprivationIndex>();

    public DbSet<DeprivationScore> DeprivationScores => Set<DeprivationScore>();

    public DbSet<Dataset> Datasets => Set<Dataset>();

    public DbSet<DatasetSlice> DatasetSlices => Set<DatasetSlice>();

    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    public DbSet<ProfileJob> ProfileJobs => Set<ProfileJob>();

    public DbSet<ProfilePartitionEntry> ProfilePartitions => Set<ProfilePartitionEntry>();

    public DbSet<ProfileValue> ProfileValues => Set<ProfileValue>();

    public DbSet<ProfileTrend> ProfileTrends => Set<ProfileTrend>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProfilingDbContext).Assembly);
        modelBuilder.ApplyMessagingTables();
    }
}
