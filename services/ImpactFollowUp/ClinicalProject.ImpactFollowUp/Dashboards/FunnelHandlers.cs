using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.Statistics;
using ClinicalProject.Statistics.ProcessControl;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Dashboards;

/// <summary>One territory on the funnel: its role for the plan (treated, comparison, other), rate per <c>Multiplier</c>, limits and outcome.</summary>
public sealed record FunnelTerritoryDto(string Territory, string Role, double Count, double Denominator, double Value,
    double Lower95, double Upper95, double Lower998, double Upper998, ComparisonOutcome Outcome);

/// <summary>
/// Territories compared for one period on a funnel plot: each count over its denominator as a rate per
/// <c>Multiplier</c>, against the pooled rate (<c>Comparator</c>), with 95 % and 99.8 % limits at its denominator and
/// the curves to draw them (<c>Curve</c>).
/// </summary>
public sealed record FunnelDto(string Indicator, string? Period, double? Comparator, double Multiplier,
    IReadOnlyList<FunnelTerritoryDto> Territories, IReadOnlyList<FunnelLimitPoint> Curve, string? Message);

public static class FunnelHandlers
{
    public const double Multiplier = 1000;

    /// <summary>Every territory with a value and a denominator for the period (default: the latest the plan's territories have).</summary>
    public static async Task<Results<Ok<FunnelDto>, NotFound<ProblemDetails>, ValidationProblem>> Get(
        Guid id, string code, string? period, ImpactDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Period requested = default;
        if (period is not null && !Period.TryParse(period, out requested))
        {
            errors.Add("period", $"period must be {Period.Formats}.");
            return Problems.Invalid(errors, "query");
        }

        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var indicator = plan?.Indicators.FirstOrDefault(i => i.Code == code);
        if (plan is null || indicator is null)
        {
            return Problems.NotFound(plan is null ? "plan" : "followed indicator", plan is null ? id : code);
        }

        var values = await db.SeriesValues.AsNoTracking().Where(v => v.IsCurrent && v.IndicatorCode == code && v.Denominator > 0).ToListAsync(cancellationToken);
        var chosen = period is not null
            ? values.Where(v => v.PeriodKind == requested.Kind && v.PeriodIndex == requested.Index).ToList()
            : values.Where(v => plan.Territories.Contains(v.TerritoryCode)).MaxBy(v => v.PeriodIndex) is { } latest
                ? values.Where(v => v.PeriodKind == latest.PeriodKind && v.PeriodIndex == latest.PeriodIndex).ToList()
                : [];
        chosen = chosen.Where(v => v.Value >= 0).OrderBy(v => v.TerritoryCode, StringComparer.Ordinal).ToList();
        var label = chosen.Count > 0 ? chosen[0].Period.ToString() : period;
        if (chosen.Count < 2)
        {
            return TypedResults.Ok(new FunnelDto(code, label, null, Multiplier, [], [], "Fewer than two territories have a count and a denominator for this period."));
        }

        var polarity = indicator.Direction == Direction.HigherIsBetter ? Polarity.HighIsGood : Polarity.LowIsGood;
        var funnel = Funnel.Rates(chosen.Select(v => v.Value).ToArray(), chosen.Select(v => v.Denominator!.Value).ToArray(), polarity, Multiplier);
        var comparison = indicator.ComparisonTerritories ?? [];
        var territories = funnel.Points.Select(p =>
        {
            var v = chosen[p.Index];
            var role = plan.Territories.Contains(v.TerritoryCode) ? "treated" : comparison.Contains(v.TerritoryCode) ? "comparison" : "other";
            return new FunnelTerritoryDto(v.TerritoryCode, role, v.Value, p.Denominator, p.Value, p.Lower95, p.Upper95, p.Lower998, p.Upper998, p.Outcome);
        }).ToList();
        var curve = Funnel.Curve(FunnelStatistic.Rate, funnel.Comparator, chosen.Min(v => v.Denominator!.Value), chosen.Max(v => v.Denominator!.Value), Multiplier, 50);
        return TypedResults.Ok(new FunnelDto(code, label, funnel.Comparator, Multiplier, territories, curve, null));
    }
}
