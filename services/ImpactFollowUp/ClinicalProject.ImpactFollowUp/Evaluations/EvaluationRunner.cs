using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.Statistics.Evaluation;

namespace ClinicalProject.ImpactFollowUp.Evaluations;

/// <summary>
/// Runs a declared evaluation on the values held now, with <c>ClinicalProject.Statistics</c>: the treated series
/// pools the plan's territories, the comparison series the outcome's comparison territories (as the declaration
/// recorded them); time counts periods from the first one held; the intervention's period is the first "after".
/// </summary>
public sealed class EvaluationRunner(ImpactDbContext db)
{
    public async Task<OutcomeEvaluationDto> RunAsync(ActionPlan plan, EvaluationDeclaration declaration, string outcome, CancellationToken cancellationToken)
    {
        var indicator = plan.Indicators.FirstOrDefault(i => i.Code == outcome);
        var aggregation = indicator?.Aggregation ?? Aggregation.Sum;
        var treated = await PooledSeries.LoadAsync(db, outcome, declaration.TreatedTerritories, aggregation, cancellationToken);
        var comparisonTerritories = indicator?.ComparisonTerritories?.Where(declaration.ComparisonTerritories.Contains).ToList() ?? [];
        var comparison = declaration.Design == EvaluationDesign.InterruptedTimeSeries
            ? null
            : await PooledSeries.LoadAsync(db, outcome, comparisonTerritories, aggregation, cancellationToken);
        return Evaluate(declaration, outcome, treated, comparison);
    }

    public static OutcomeEvaluationDto Evaluate(EvaluationDeclaration declaration, string outcome, PooledSeries treated, PooledSeries? comparison)
    {
        var design = declaration.Design;
        var empty = new OutcomeEvaluationDto(outcome, design, treated.Kind, [], [], null, null, null, null, null, null, null);
        if (treated.Kind is not { } kind)
        {
            return empty with { Message = "No values of the treated territories are held." };
        }

        var points = treated.Points;
        List<SeriesPoint>? matched = null;
        if (comparison is not null)
        {
            var byIndex = comparison.Kind == kind ? comparison.Points.ToDictionary(p => p.Index) : [];
            points = points.Where(p => byIndex.ContainsKey(p.Index)).ToList();
            matched = points.Select(p => byIndex[p.Index]).ToList();
        }

        var intervention = Period.Containing(kind, declaration.InterventionDate).Index;
        var before = points.Count(p => p.Index < intervention);
        var after = points.Count - before;
        var result = empty with
        {
            Periods = points.Select(p => Period.FromIndex(kind, p.Index).ToString()).ToList(),
            Treated = points.Select(p => p.Value).ToList(),
            Comparison = matched?.Select(p => p.Value).ToList(),
            InterventionPeriod = Period.FromIndex(kind, intervention).ToString(),
        };
        if (before < InterruptedTimeSeries.MinimumPointsPerSegment || after < InterruptedTimeSeries.MinimumPointsPerSegment)
        {
            return result with { Message = $"{before} point(s) before and {after} after the intervention{(matched is null ? string.Empty : " held for both groups")}; each side needs at least {InterruptedTimeSeries.MinimumPointsPerSegment}." };
        }

        var origin = points[0].Index;
        var times = points.Select(p => (double)(p.Index - origin)).ToArray();
        var values = points.Select(p => p.Value).ToArray();
        var interventionTime = intervention - origin;
        try
        {
            return Fit(declaration, result, times, values, matched, interventionTime);
        }
        catch (ArgumentException exception)
        {
            // Data the statistics refuse (a value beyond the double range after pooling, a singular design): said, not thrown.
            return result with { Message = $"The model could not be fitted: {exception.Message}" };
        }
    }

    private static OutcomeEvaluationDto Fit(
        EvaluationDeclaration declaration, OutcomeEvaluationDto result, double[] times, double[] values, List<SeriesPoint>? matched, int interventionTime)
    {
        var its = ItsOptionsFor(declaration);
        var expected = declaration.ExpectedEffect;
        switch (declaration.Design)
        {
            case EvaluationDesign.InterruptedTimeSeries:
            {
                var fit = InterruptedTimeSeries.Fit(times, values, interventionTime, its);
                return result with { Its = fit, Estimate = ItsEstimate(fit, expected) };
            }

            case EvaluationDesign.ControlledInterruptedTimeSeries:
            {
                var fit = ControlledInterruptedTimeSeries.Fit(times, values, matched!.Select(p => p.Value).ToArray(), interventionTime, its);
                return result with { Its = fit.Treated, ControlledIts = fit, Estimate = ItsEstimate(fit.Difference, expected) };
            }

            default:
            {
                var n = values.Length;
                var all = values.Concat(matched!.Select(p => p.Value)).ToArray();
                var isTreated = Enumerable.Range(0, 2 * n).Select(i => i < n).ToArray();
                var isPost = Enumerable.Range(0, 2 * n).Select(i => times[i % n] >= interventionTime).ToArray();
                var allTimes = times.Concat(times).ToArray();
                var fit = DifferenceInDifferences.Fit(all, isTreated, isPost, allTimes);
                return result with
                {
                    DifferenceInDifferences = fit,
                    Estimate = Estimate(EffectMeasure.DifferenceInDifferences, fit.Effect, ImpactJson.Format(fit.Errors), expected),
                };
            }
        }
    }

    /// <summary>Newey–West with the declared lag (or the automatic rule) and correction; t inference, 95 %.</summary>
    public static ItsOptions ItsOptionsFor(EvaluationDeclaration declaration) => new()
    {
        Errors = CovarianceEstimator.NeweyWest,
        Lag = declaration.NeweyWestLag is { } lag ? LagSelection.Fixed(lag) : LagSelection.Automatic,
        Correction = declaration.SmallSampleCorrection ? SmallSampleCorrection.DegreesOfFreedom : SmallSampleCorrection.None,
    };

    private static EffectEstimateDto ItsEstimate(ItsResult fit, ExpectedEffect expected)
    {
        var method = fit.Lag is { } lag ? $"{ImpactJson.Format(fit.Errors)} (lag {lag}, {ImpactJson.Format(fit.Correction)} correction, {ImpactJson.Format(fit.Distribution)})" : ImpactJson.Format(fit.Errors);
        return expected.Measure == EffectMeasure.SlopeChange
            ? Estimate(EffectMeasure.SlopeChange, fit.SlopeChange, method, expected)
            : Estimate(EffectMeasure.LevelChange, fit.LevelChange, method, expected);
    }

    private static EffectEstimateDto Estimate(EffectMeasure measure, RegressionCoefficient coefficient, string method, ExpectedEffect expected)
    {
        var size = expected.Measure == measure ? expected.Size : null;
        return new(measure, coefficient.Value, coefficient.LowerCi, coefficient.UpperCi, coefficient.Confidence, coefficient.PValue, method,
            size, size is { } s ? s >= coefficient.LowerCi && s <= coefficient.UpperCi : null);
    }
}
