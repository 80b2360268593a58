using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Comparisons;
using ClinicalProject.ImpactFollowUp.Evaluations;
using ClinicalProject.ImpactFollowUp.Gaps;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.ImpactFollowUp.Status;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Data;

/// <summary>The impact tables: lists and value objects as JSON columns, enums by name, plans' versions as concurrency tokens.</summary>
public static class ImpactModelConfiguration
{
    private const int Name = FieldErrors.NameMaxLength;
    private const int Text = FieldErrors.TextMaxLength;
    private const int Code = FieldErrors.CodeMaxLength;
    private const int Word = 40;

    public static ModelBuilder ApplyImpactModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ActionPlan>(e =>
        {
            e.ToTable("ActionPlans");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).ValueGeneratedNever();
            e.Property(p => p.Reference).HasMaxLength(Name);
            e.HasIndex(p => p.Reference).IsUnique();
            e.Property(p => p.Title).HasMaxLength(Name);
            e.Property(p => p.Description).HasMaxLength(Text);
            e.Property(p => p.ClinicalModel).HasMaxLength(Name);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(Word);
            e.Property(p => p.Gaps).AsJson();
            e.Property(p => p.Territories).AsJson();
            e.Property(p => p.CoManagement).AsJson();
            e.Property(p => p.Evidence).AsJson();
            e.Property(p => p.Indicators).AsJson();
            e.Property(p => p.Version).IsConcurrencyToken();
            e.Property(p => p.CreatedBy).HasMaxLength(ChangeAuthor.MaxLength);
            e.Property(p => p.UpdatedBy).HasMaxLength(ChangeAuthor.MaxLength);
            e.HasIndex(p => p.Status);
        });

        modelBuilder.Entity<PlanAuditEntry>(e =>
        {
            e.ToTable("PlanAudit");
            e.HasKey(a => a.Id);
            e.Property(a => a.Action).HasMaxLength(Word);
            e.Property(a => a.ChangedBy).HasMaxLength(ChangeAuthor.MaxLength);
            e.HasIndex(a => new { a.PlanId, a.Version });
        });

        modelBuilder.Entity<PlanStatusChange>(e =>
        {
            e.ToTable("PlanStatusChanges");
            e.HasKey(s => s.Id);
            e.Property(s => s.From).HasConversion<string>().HasMaxLength(Word);
            e.Property(s => s.To).HasConversion<string>().HasMaxLength(Word);
            e.Property(s => s.Reason).HasMaxLength(Text);
            e.Property(s => s.ChangedBy).HasMaxLength(ChangeAuthor.MaxLength);
            e.HasIndex(s => s.PlanId);
        });

        modelBuilder.Entity<EvaluationDeclaration>(e =>
        {
            e.ToTable("EvaluationDeclarations");
            e.HasKey(d => new { d.PlanId, d.Version });
            e.Property(d => d.Design).HasConversion<string>().HasMaxLength(Word);
            e.Property(d => d.Outcomes).AsJson();
            e.Property(d => d.ExpectedEffect).AsJson();
            e.Property(d => d.TreatedTerritories).AsJson();
            e.Property(d => d.ComparisonTerritories).AsJson();
            e.Property(d => d.Reason).HasMaxLength(Text);
            e.Property(d => d.DeclaredBy).HasMaxLength(ChangeAuthor.MaxLength);
        });

        modelBuilder.Entity<SeriesValue>(e =>
        {
            e.ToTable("SeriesValues");
            e.HasKey(v => v.Id);
            e.Ignore(v => v.Period);
            e.Property(v => v.IndicatorCode).HasMaxLength(Code);
            e.Property(v => v.TerritoryCode).HasMaxLength(Code);
            e.Property(v => v.PeriodKind).HasConversion<string>().HasMaxLength(Word);
            e.Property(v => v.Source).HasMaxLength(Name);
            e.Property(v => v.Note).HasMaxLength(Text);
            e.Property(v => v.RecordedBy).HasMaxLength(ChangeAuthor.MaxLength);
            e.HasIndex(v => new { v.IndicatorCode, v.TerritoryCode, v.PeriodIndex, v.Revision }).IsUnique();
            e.HasIndex(v => new { v.IndicatorCode, v.IsCurrent });
        });

        modelBuilder.Entity<IndicatorStatusEntry>(e =>
        {
            e.ToTable("IndicatorStatuses");
            e.HasKey(s => new { s.PlanId, s.IndicatorCode });
            e.Property(s => s.IndicatorCode).HasMaxLength(Code);
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(Word);
            e.Property(s => s.Reason).HasMaxLength(Text);
        });

        modelBuilder.Entity<IndicatorAlert>(e =>
        {
            e.ToTable("IndicatorAlerts");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).ValueGeneratedNever();
            e.Property(a => a.IndicatorCode).HasMaxLength(Code);
            e.Property(a => a.From).HasConversion<string>().HasMaxLength(Word);
            e.Property(a => a.To).HasConversion<string>().HasMaxLength(Word);
            e.Property(a => a.Reason).HasMaxLength(Text);
            e.HasIndex(a => a.RaisedAtUtc);
        });

        modelBuilder.Entity<TerritoryTrait>(e =>
        {
            e.ToTable("TerritoryTraits");
            e.HasKey(t => t.TerritoryCode);
            e.Property(t => t.TerritoryCode).HasMaxLength(Code);
            e.Property(t => t.Name).HasMaxLength(Name);
            e.Property(t => t.Source).HasMaxLength(Name);
        });

        modelBuilder.Entity<KnownAnalysis>(e =>
        {
            e.ToTable("KnownAnalyses");
            e.HasKey(a => a.AnalysisId);
            e.HasIndex(a => a.Version).IsUnique();
        });

        modelBuilder.Entity<KnownGap>(e =>
        {
            e.ToTable("KnownGaps");
            e.HasKey(g => new { g.AnalysisVersion, g.Key });
            e.Property(g => g.Key).HasMaxLength(GapReferences.KeyMaxLength);
            e.Property(g => g.Type).HasMaxLength(Word);
            e.Property(g => g.Rule).HasMaxLength(Code);
            e.Property(g => g.Territory).HasMaxLength(Code);
            e.Property(g => g.SentenceEn).HasMaxLength(Text);
            e.Property(g => g.SentenceFr).HasMaxLength(Text);
            e.HasIndex(g => g.Key);
        });

        return modelBuilder;
    }
}
