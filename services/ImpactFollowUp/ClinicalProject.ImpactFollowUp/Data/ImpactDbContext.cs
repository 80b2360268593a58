using ClinicalProject.ImpactFollowUp.Comparisons;
using ClinicalProject.ImpactFollowUp.Evaluations;
using ClinicalProject.ImpactFollowUp.Gaps;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.ImpactFollowUp.Status;
using ClinicalProject.Messaging;
using ClinicalProject.Territories.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Data;

/// <summary>
/// The service's own database: action plans with their audit and status history, declared evaluations,
/// indicator series with their revisions, statuses and alerts, territory traits, the known gaps of gap analyses
/// (read model), the territory read model,
/// and the outbox and inbox.
/// </summary>
public sealed class ImpactDbContext(DbContextOptions<ImpactDbContext> options) : DbContext(options)
{
    public DbSet<ActionPlan> Plans => Set<ActionPlan>();

    public DbSet<PlanAuditEntry> PlanAudit => Set<PlanAuditEntry>();

    public DbSet<PlanStatusChange> PlanStatusChanges => Set<PlanStatusChange>();

    public DbSet<EvaluationDeclaration> EvaluationDeclarations => Set<EvaluationDeclaration>();

    public DbSet<SeriesValue> SeriesValues => Set<SeriesValue>();

    public DbSet<IndicatorStatusEntry> IndicatorStatuses => Set<IndicatorStatusEntry>();

    public DbSet<IndicatorAlert> Alerts => Set<IndicatorAlert>();

    public DbSet<TerritoryTrait> TerritoryTraits => Set<TerritoryTrait>();

    public DbSet<KnownAnalysis> KnownAnalyses => Set<KnownAnalysis>();

    public DbSet<KnownGap> KnownGaps => Set<KnownGap>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToDeclarations();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToDeclarations();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyTerritoryReadModel();
        modelBuilder.ApplyMessagingTables();
        modelBuilder.ApplyImpactModel();
    }

    /// <summary>A declared evaluation is written once: a change would rewrite what was promised before the results.</summary>
    private void RefuseChangesToDeclarations()
    {
        var changed = ChangeTracker.Entries<EvaluationDeclaration>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (changed is not null)
        {
            throw new InvalidOperationException(
                $"Declared evaluation {changed.Entity.PlanId} v{changed.Entity.Version} cannot be {changed.State.ToString().ToLowerInvariant()}: declare a new version instead.");
        }
    }
}
