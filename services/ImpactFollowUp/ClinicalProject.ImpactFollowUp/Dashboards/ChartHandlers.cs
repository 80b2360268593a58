using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Evaluations;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.ImpactFollowUp.Status;
using ClinicalProject.Statistics;
using ClinicalProject.Statistics.ProcessControl;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Dashboards;

/// <summary>One followed indicator ready to chart: values, comparison, fitted segments, control limits, baseline and target.</summary>
public static class ChartHandlers
{
    public static async Task<Results<Ok<IndicatorChartDto>, NotFound<ProblemDetails>>> Get(
        Guid id, string code, ImpactDbContext db, EvaluationRunner runner, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var indicator = plan?.Indicators.FirstOrDefault(i => i.Code == code);
        if (plan is null || indicator is null)
        {
            return Problems.NotFound(plan is null ? "plan" : "followed indicator", plan is null ? id : code);
        }

        var aggregation = indicator.Aggregation ?? Aggregation.Sum;
        var series = await PooledSeries.LoadAsync(db, code, plan.Territories, aggregation, cancellationToken);
        var status = await db.IndicatorStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.PlanId == id && s.IndicatorCode == code, cancellationToken);
        var declaration = await EvaluationDeclarations.LatestAsync(db, id, cancellationToken);
        OutcomeEvaluationDto? evaluation = declaration is not null && declaration.Outcomes.Contains(code)
            ? await runner.RunAsync(plan, declaration, code, cancellationToken)
            : null;
        var chartDto = new IndicatorChartDto(id, code, indicator.Label, indicator.Baseline, indicator.Target, indicator.Direction,
            null, evaluation?.InterventionPeriod, null, null, null, [], null, null, null, evaluation?.Estimate, status?.Status ?? IndicatorStatus.NotAssessed, status?.Reason);
        if (series.Kind is not { } kind)
        {
            return TypedResults.Ok(chartDto);
        }

        var start = Period.Containing(kind, plan.StartDate).Index;
        var before = series.Points.Count(p => p.Index < start);
        var chart = IndicatorChart.Draw(series.Points, before, aggregation);
        var fitted = Align(evaluation, e => e.Its?.Fitted);
        var counterfactual = Align(evaluation, e => e.Its?.Counterfactual);
        var comparison = Align(evaluation, e => e.Comparison);
        var points = series.Points.Select((p, i) =>
        {
            var period = Period.FromIndex(kind, p.Index);
            var c = chart?.Points[i];
            var label = period.ToString();
            return new ChartPointDto(label, period.Start, p.Value, p.Denominator, comparison.GetValueOrDefault(label), fitted.GetValueOrDefault(label),
                counterfactual.GetValueOrDefault(label), c?.Value, c?.CentreLine, c?.LowerLimit, c?.UpperLimit, c?.BeyondLimits ?? false, c?.InLongRun ?? false);
        }).ToList();
        var targetOnScale = chart is null || indicator.Target?.Value is not { } target ? (double?)null
            : chart.Kind == ControlChartKind.U ? target / series.Points[^1].Denominator!.Value * chart.Multiplier
            : target;
        var polarity = indicator.Direction == Direction.HigherIsBetter ? Polarity.HighIsGood : Polarity.LowIsGood;
        return TypedResults.Ok(chartDto with
        {
            TargetOnChartScale = targetOnScale,
            Assurance = chart is null || targetOnScale is null ? null : Assurance.AgainstTarget(chart, targetOnScale.Value, polarity),
            LatestVariation = chart is null ? null : Assurance.LatestVariation(chart, polarity),
            PlanStartPeriod = Period.FromIndex(kind, start).ToString(),
            ChartKind = chart is null ? null : ImpactJson.Format(chart.Kind),
            ChartMultiplier = chart?.Multiplier,
            ChartBaselinePoints = chart?.BaselinePoints,
            Points = points,
        });
    }

    /// <summary>An evaluation's per-period numbers by period label (the evaluation may hold fewer periods than the series).</summary>
    private static Dictionary<string, double?> Align(OutcomeEvaluationDto? evaluation, Func<OutcomeEvaluationDto, IReadOnlyList<double>?> pick)
    {
        var values = evaluation is null ? null : pick(evaluation);
        return values is null || evaluation!.Periods.Count != values.Count
            ? []
            : evaluation.Periods.Zip(values, (p, v) => (p, v)).ToDictionary(x => x.p, x => (double?)x.v);
    }
}
