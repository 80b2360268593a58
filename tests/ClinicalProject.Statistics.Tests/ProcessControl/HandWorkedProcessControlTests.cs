using ClinicalProject.Statistics.ProcessControl;

namespace ClinicalProject.Statistics.Tests.ProcessControl;

/// <summary>Control charts, assurance and funnels worked by hand (the arithmetic is in the comments).</summary>
public sealed class HandWorkedProcessControlTests
{
    // x̄ = 3; moving ranges 2, 1, 2, 1 → mR̄ = 1.5; limits 3 ± 2.66 × 1.5 = −0.99, 6.99.
    private static readonly double[] Small = [1, 3, 2, 4, 5];

    // x̄ = 26/10 = 2.6; moving ranges 0 ×7, 8, 0 → mR̄ = 8/9; UCL = 2.6 + 2.66 × 8/9 = 4.9644…, LCL = 0.2355….
    // Signs − ×8, + ×2: longest run 8 > round(log₂ 10 + 3) = 6; 1 crossing < qbinom(0.05, 9, 0.5) = 2.
    private static readonly double[] Shift = [1, 1, 1, 1, 1, 1, 1, 1, 9, 9];

    [Fact]
    public void XmR_limits_and_runs_by_hand()
    {
        var chart = ControlChart.Individuals(Small);

        Assert.Equal(3, chart.CentreLine, 12);
        Assert.Equal(1.5, chart.AverageMovingRange!.Value, 12);
        Assert.Equal(-0.99, chart.Points[0].LowerLimit, 12);
        Assert.Equal(6.99, chart.Points[4].UpperLimit, 12);
        // Signs −, 0, −, +, +: the point on the centre line is not useful.
        Assert.Equal(new RunsAnalysis(4, 2, 5, 1, 0), chart.Runs);
        Assert.False(chart.HasSpecialCause);
        Assert.Equal(ControlChartWarnings.FewPoints, chart.Warnings);
    }

    [Fact]
    public void A_shift_is_a_long_run_with_few_crossings_and_points_beyond_the_limit()
    {
        var chart = ControlChart.Individuals(Shift);

        Assert.Equal(2.6 + 2.66 * 8 / 9, chart.Points[0].UpperLimit, 12);
        Assert.Equal(new RunsAnalysis(10, 8, 6, 1, 2), chart.Runs);
        Assert.True(chart.Runs.LongRunSignal);
        Assert.True(chart.Runs.FewCrossingsSignal);
        Assert.Equal([true, true, true, true, true, true, true, true, false, false], chart.Points.Select(p => p.InLongRun));
        Assert.Equal([8, 9], chart.Points.Where(p => p.AboveUpperLimit).Select(p => p.Index));
        Assert.DoesNotContain(chart.Points, p => p.BelowLowerLimit);
    }

    [Fact]
    public void A_frozen_baseline_sets_the_limits_for_later_points()
    {
        // Baseline 1, 3, 2, 4, 5 (x̄ = 3, limits −0.99 to 6.99); the later 8 lies beyond the frozen limit.
        var chart = ControlChart.Individuals([.. Small, 8], baselinePoints: 5);

        Assert.Equal(5, chart.BaselinePoints);
        Assert.Equal(3, chart.CentreLine, 12);
        Assert.True(chart.Points[5].AboveUpperLimit);
    }

    [Theory]
    [InlineData(Polarity.HighIsGood, VariationStatus.SpecialCauseImprovement)]
    [InlineData(Polarity.LowIsGood, VariationStatus.SpecialCauseConcern)]
    [InlineData(Polarity.None, VariationStatus.SpecialCauseHigher)]
    public void The_latest_point_above_the_limit_is_read_through_the_polarity(Polarity polarity, VariationStatus expected)
    {
        Assert.Equal(expected, Assurance.LatestVariation(ControlChart.Individuals(Shift), polarity));
    }

    [Fact]
    public void A_latest_point_in_a_long_low_run_is_a_special_cause_below()
    {
        // Mirror of the shift: 9 ×2 then 1 ×8; the last point is within the limits but in a run of 8 below.
        var chart = ControlChart.Individuals([9, 9, 1, 1, 1, 1, 1, 1, 1, 1]);

        Assert.False(chart.Points[^1].BeyondLimits);
        Assert.Equal(VariationStatus.SpecialCauseConcern, Assurance.LatestVariation(chart, Polarity.HighIsGood));
        Assert.Equal(VariationStatus.SpecialCauseLower, Assurance.LatestVariation(chart, Polarity.None));
        Assert.Equal(VariationStatus.CommonCause, Assurance.LatestVariation(ControlChart.Individuals(Small), Polarity.HighIsGood));
    }

    [Theory]
    // Limits −0.99 to 6.99.
    [InlineData(8, Polarity.HighIsGood, TargetAssurance.ConsistentlyMissed)]
    [InlineData(-2, Polarity.HighIsGood, TargetAssurance.ConsistentlyMet)]
    [InlineData(5, Polarity.HighIsGood, TargetAssurance.HitOrMiss)]
    [InlineData(6.99, Polarity.HighIsGood, TargetAssurance.HitOrMiss)]
    [InlineData(8, Polarity.LowIsGood, TargetAssurance.ConsistentlyMet)]
    [InlineData(-2, Polarity.LowIsGood, TargetAssurance.ConsistentlyMissed)]
    [InlineData(5, Polarity.None, TargetAssurance.NotAssessed)]
    [InlineData(double.NaN, Polarity.LowIsGood, TargetAssurance.NotAssessed)]
    public void Assurance_against_a_target(double target, Polarity polarity, TargetAssurance expected)
    {
        Assert.Equal(expected, Assurance.AgainstTarget(ControlChart.Individuals(Small), target, polarity));
    }

    [Theory]
    // p̄ = 134/400 = 0.335, σ at n = 100 is √(0.335 × 0.665/100) = 0.047199: 95 % limits 0.2425 to 0.4275,
    // 99.8 % limits 0.1891 to 0.4809. 10 % is below 99.8 %, 44 % above 95 % only, 30 % within, 50 % above 99.8 %.
    [InlineData(Polarity.LowIsGood, ComparisonOutcome.Best, ComparisonOutcome.Worse, ComparisonOutcome.Worst)]
    [InlineData(Polarity.HighIsGood, ComparisonOutcome.Worst, ComparisonOutcome.Better, ComparisonOutcome.Best)]
    [InlineData(Polarity.None, ComparisonOutcome.MuchLower, ComparisonOutcome.Higher, ComparisonOutcome.MuchHigher)]
    public void Funnel_outcomes_by_hand(Polarity polarity, ComparisonOutcome low, ComparisonOutcome aboveAt95, ComparisonOutcome high)
    {
        var funnel = Funnel.Proportions([10, 44, 30, 50], [100, 100, 100, 100], polarity);

        Assert.Equal(33.5, funnel.Comparator, 10);
        Assert.Equal(42.751, funnel.Points[1].Upper95, 3);
        Assert.Equal(48.086, funnel.Points[1].Upper998, 3);
        Assert.Equal([low, aboveAt95, ComparisonOutcome.Similar, high], funnel.Points.Select(p => p.Outcome));
    }

    [Fact]
    public void A_given_comparator_replaces_the_pooled_one_and_the_curve_spans_the_denominators()
    {
        var funnel = Funnel.Rates([12, 30], [10_000, 20_000], Polarity.LowIsGood, multiplier: 1000, comparator: 1.5);
        var curve = Funnel.Curve(FunnelStatistic.Rate, 1.5, 100, 100_000, multiplier: 1000, points: 4);

        Assert.Equal(1.5, funnel.Comparator, 12);
        Assert.Equal([1.2, 1.5], funnel.Points.Select(p => Math.Round(p.Value, 12)));
        Assert.Equal([100.0, 1000, 10_000, 100_000], curve.Select(p => Math.Round(p.Denominator, 6)));
        // Limits narrow as the denominator grows.
        Assert.True(curve[0].Upper998 - curve[0].Lower998 > curve[^1].Upper998 - curve[^1].Lower998);
        Assert.True(curve[^1].Lower95 < 1.5 && curve[^1].Upper95 > 1.5);
    }
}
