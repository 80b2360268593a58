using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Evaluations;

/// <summary>
/// Declares a plan's evaluation: validates it against the plan, and adds it as a new version (never an edit).
/// The same declaration sent again is recognised and adds nothing, so a loader can be re-run.
/// </summary>
public static class EvaluationDeclarations
{
    public const int MaxNeweyWestLag = 24;

    public static FieldErrors Validate(EvaluationBody? body, ActionPlan plan, string prefix)
    {
        var errors = new FieldErrors();
        if (body is null)
        {
            errors.Add(prefix.TrimEnd('.'), $"{prefix.TrimEnd('.')} is required: design, outcomes, interventionDate and expectedEffect, declared before the results are seen.");
            return errors;
        }

        if (body.Design is null)
        {
            errors.Add($"{prefix}design", $"{prefix}design is required: {ImpactJson.Names<EvaluationDesign>()}.");
        }

        var followed = plan.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        if (body.Outcomes is null || body.Outcomes.Count == 0)
        {
            errors.Add($"{prefix}outcomes", $"{prefix}outcomes needs at least one indicator code the plan follows.");
        }

        for (var i = 0; i < (body.Outcomes?.Count ?? 0); i++)
        {
            var code = body.Outcomes![i];
            if (code is null || !followed.TryGetValue(code, out var indicator))
            {
                errors.Add($"{prefix}outcomes[{i}]", $"{prefix}outcomes[{i}] '{code}' is not an indicator the plan follows ({string.Join(", ", followed.Keys)}).");
            }
            else if (body.Design is EvaluationDesign.ControlledInterruptedTimeSeries or EvaluationDesign.DifferenceInDifferences &&
                (indicator.ComparisonTerritories?.Count ?? 0) == 0)
            {
                errors.Add($"{prefix}outcomes[{i}]", $"{prefix}outcomes[{i}] {code} has no comparison territories, which a {ImpactJson.Format(body.Design.Value)} design needs.");
            }
        }

        if (body.Outcomes is { } outcomes && outcomes.Distinct(StringComparer.Ordinal).Count() != outcomes.Count)
        {
            errors.Add($"{prefix}outcomes", $"{prefix}outcomes lists an indicator more than once.");
        }

        errors.Required($"{prefix}interventionDate", body.InterventionDate);
        if (body.ExpectedEffect?.Measure is null)
        {
            errors.Add($"{prefix}expectedEffect.measure", $"{prefix}expectedEffect.measure is required: {ImpactJson.Names<EffectMeasure>()}.");
        }

        errors.Finite($"{prefix}expectedEffect.size", body.ExpectedEffect?.Size);
        errors.MaxLength($"{prefix}expectedEffect.description", body.ExpectedEffect?.Description);
        errors.MaxLength($"{prefix}reason", body.Reason);
        if (body.NeweyWestLag is < 0 or > MaxNeweyWestLag)
        {
            errors.Add($"{prefix}neweyWestLag", $"{prefix}neweyWestLag must be between 0 and {MaxNeweyWestLag} (omit it for the default rule).");
        }

        return errors;
    }

    public static Task<EvaluationDeclaration?> LatestAsync(ImpactDbContext db, Guid planId, CancellationToken cancellationToken) =>
        db.EvaluationDeclarations.AsNoTracking().Where(d => d.PlanId == planId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Adds the next version of <paramref name="plan"/>'s declaration, or returns the latest one unchanged when it
    /// already says the same (<c>Added</c> false). The caller saves.
    /// </summary>
    public static async Task<(EvaluationDeclaration Declaration, bool Added)> DeclareAsync(
        ImpactDbContext db, ActionPlan plan, EvaluationBody body, PlanChanges changes, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(db, plan.Id, cancellationToken);
        var comparison = plan.Indicators.Where(i => body.Outcomes!.Contains(i.Code))
            .SelectMany(i => i.ComparisonTerritories ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var declaration = new EvaluationDeclaration
        {
            PlanId = plan.Id,
            Version = (latest?.Version ?? 0) + 1,
            Design = body.Design!.Value,
            Outcomes = body.Outcomes!.ToList(),
            InterventionDate = body.InterventionDate!.Value,
            ExpectedEffect = body.ExpectedEffect!,
            NeweyWestLag = body.NeweyWestLag,
            SmallSampleCorrection = body.SmallSampleCorrection ?? true,
            TreatedTerritories = plan.Territories.ToList(),
            ComparisonTerritories = comparison,
            Reason = body.Reason,
            DeclaredBy = changes.Author,
            DeclaredAtUtc = changes.NowUtc,
        };
        if (latest is not null && SaysTheSame(latest, declaration))
        {
            return (latest, false);
        }

        declaration.PostInterventionPointsSeen = await PointsAfterAsync(db, declaration, cancellationToken);
        changes.EvaluationDeclared(plan, declaration.Version);
        declaration.PlanVersion = plan.Version;
        db.EvaluationDeclarations.Add(declaration);
        return (declaration, true);
    }

    private static bool SaysTheSame(EvaluationDeclaration a, EvaluationDeclaration b) =>
        a.Design == b.Design && a.Outcomes.SequenceEqual(b.Outcomes) && a.InterventionDate == b.InterventionDate &&
        a.ExpectedEffect == b.ExpectedEffect && a.NeweyWestLag == b.NeweyWestLag && a.SmallSampleCorrection == b.SmallSampleCorrection &&
        a.TreatedTerritories.SequenceEqual(b.TreatedTerritories) && a.ComparisonTerritories.SequenceEqual(b.ComparisonTerritories);

    /// <summary>The outcomes' values the service held for periods starting on or after the intervention: what could have been seen.</summary>
    private static async Task<int> PointsAfterAsync(ImpactDbContext db, EvaluationDeclaration declaration, CancellationToken cancellationToken)
    {
        var territories = declaration.TreatedTerritories.Concat(declaration.ComparisonTerritories).ToList();
        var held = await db.SeriesValues.AsNoTracking()
            .Where(v => v.IsCurrent && declaration.Outcomes.Contains(v.IndicatorCode) && territories.Contains(v.TerritoryCode))
            .Select(v => new { v.PeriodKind, v.PeriodIndex })
            .ToListAsync(cancellationToken);
        return held.Count(v => Period.FromIndex(v.PeriodKind, v.PeriodIndex).Start >= declaration.InterventionDate);
    }
}
