using ClinicalProject.Statistics.Evaluation;

namespace ClinicalProject.Statistics.Tests.Evaluation;

/// <summary>
/// Hand-worked cases and edge cases: too few points (flagged or refused), exact fits (no NaN, no p-value),
/// bad values refused by index, the lag rule, the DiD's cells and pre-trends.
/// </summary>
public sealed class EvaluationEdgeCaseTests
{
    [Theory]
    // ⌊4 (n/100)^(2/9)⌋: n = 12 → ⌊2.497⌋ = 2, n = 60 → ⌊3.571⌋ = 3, n = 100 → 4.
    [InlineData(12, 2)]
    [InlineData(60, 3)]
    [InlineData(100, 4)]
    public void The_automatic_lag_follows_the_newey_west_rule(int n, int expected)
    {
        Assert.Equal(expected, LagSelection.Automatic.LagFor(n));
        Assert.Equal(5, LagSelection.Fixed(5).LagFor(n));
    }

    [Fact]
    public void A_fixed_lag_needs_more_observations_than_itself()
    {
        Assert.Throws<ArgumentException>(() => LagSelection.Fixed(5).LagFor(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LagSelection.Fixed(-1));
    }

    [Fact]
    public void Values_exactly_on_two_lines_are_recovered_with_zero_error_and_no_p_value()
    {
        // Yₜ = 2 + 0.5t + 3Dₜ − 0.2(t − 6)Dₜ over t = 0 … 11, intervention at 6.
        var values = Enumerable.Range(0, 12).Select(t => 2 + 0.5 * t + (t >= 6 ? 3 - 0.2 * (t - 6) : 0)).ToArray();

        var result = InterruptedTimeSeries.Fit(values, 6);

        Assert.Equal(2, result.Intercept.Value, 10);
        Assert.Equal(0.5, result.PreSlope.Value, 10);
        Assert.Equal(3, result.LevelChange.Value, 10);
        Assert.Equal(-0.2, result.SlopeChange.Value, 10);
        Assert.Equal(0.3, result.PostSlope.Value, 10);
        Assert.Equal(0, result.LevelChange.StandardError);
        Assert.Null(result.LevelChange.PValue);
        Assert.Null(result.LevelChange.Statistic);
        Assert.Equal(result.LevelChange.Value, result.LevelChange.LowerCi);
        Assert.False(result.LevelChange.IsSignificant());
        Assert.True(result.Warnings.HasFlag(EvaluationWarnings.NoResidualVariation));
        Assert.Equal(1, result.RSquared);
        // Counterfactual at t = 11: 2 + 0.5 × 11 = 7.5; fitted: 7.5 + 3 − 0.2 × 5 = 9.5.
        Assert.Equal(7.5, result.Counterfactual[11], 10);
        Assert.Equal(9.5, result.Fitted[11], 10);
    }

    [Fact]
    public void A_constant_series_has_no_change_and_no_nan()
    {
        var result = InterruptedTimeSeries.Fit(Enumerable.Repeat(7.0, 20).ToArray(), 10);

        Assert.Equal(0, result.LevelChange.Value, 10);
        Assert.Equal(0, result.SlopeChange.Value, 10);
        Assert.True(result.Warnings.HasFlag(EvaluationWarnings.NoResidualVariation));
        Assert.False(double.IsNaN(result.ResidualStandardError) || double.IsNaN(result.RSquared));
    }

    [Fact]
    public void Few_points_are_reported_and_newey_west_on_few_points_advises_ols()
    {
        var result = InterruptedTimeSeries.Fit([3, 4, 6, 5, 9, 8, 7], 5);

        Assert.Equal(5, result.PointsBefore);
        Assert.Equal(2, result.PointsAfter);
        Assert.Equal(EvaluationWarnings.FewPointsAfter | EvaluationWarnings.PreferOlsWithFewPoints, result.Warnings);
        var ols = InterruptedTimeSeries.Fit([3, 4, 6, 5, 9, 8, 7], 5, new ItsOptions { Errors = CovarianceEstimator.Ols });
        Assert.Equal(EvaluationWarnings.FewPointsAfter, ols.Warnings);
        Assert.Null(ols.Lag);
    }

    [Theory]
    [InlineData(1, 8)]
    [InlineData(7, 8)]
    [InlineData(2, 4)]
    public void Fewer_than_two_points_on_a_side_or_five_in_all_are_refused(int interventionIndex, int n)
    {
        var values = Enumerable.Range(0, n).Select(i => (double)(i % 3)).ToArray();

        var error = Assert.Throws<ArgumentException>(() => InterruptedTimeSeries.Fit(values, interventionIndex));
        Assert.Contains("at least 2 points before and after", error.Message);
    }

    [Fact]
    public void A_missing_value_or_unordered_times_are_refused_by_index()
    {
        var error = Assert.Throws<ArgumentException>(() => InterruptedTimeSeries.Fit([1, 2, 3, double.NaN, 5, 6, 7, 8], 4));
        Assert.Contains("values[3]", error.Message);
        var times = Assert.Throws<ArgumentException>(() =>
            InterruptedTimeSeries.Fit([0, 1, 3, 2, 4, 5], [1, 2, 3, 4, 5, 6], 3));
        Assert.Contains("times[3]", times.Message);
        Assert.Throws<ArgumentException>(() => InterruptedTimeSeries.Fit([0, 1, 2], [1, 2, 3, 4, 5, 6], 3));
        Assert.Throws<ArgumentException>(() => SegmentedRegressionDesign.ForPeriods(8, 4).Fit([1, 2, 3]));
    }

    [Fact]
    public void Hc3_on_a_two_point_segment_falls_back_to_hc1_and_says_so()
    {
        // The two "after" points are fitted exactly by their own line: leverage 1, HC3 undefined.
        var result = InterruptedTimeSeries.Fit([3, 4, 6, 5, 9, 8, 7], 5, new ItsOptions { Errors = CovarianceEstimator.HC3 });

        Assert.Equal(CovarianceEstimator.HC1, result.Errors);
        Assert.True(result.Warnings.HasFlag(EvaluationWarnings.FullLeverageFellBackToHC1));
        Assert.True(result.LevelChange.StandardError > 0);
    }

    [Fact]
    public void Controlled_its_of_a_series_against_itself_has_no_effect()
    {
        double[] series = [5, 6, 5, 7, 6, 9, 10, 9, 11, 10];

        var result = ControlledInterruptedTimeSeries.Fit(series, series, 5);

        Assert.Equal(0, result.Difference.LevelChange.Value, 12);
        Assert.True(result.Difference.Warnings.HasFlag(EvaluationWarnings.NoResidualVariation));
        Assert.Equal(result.Treated.LevelChange.Value, result.Comparison.LevelChange.Value, 12);
        Assert.Throws<ArgumentException>(() => ControlledInterruptedTimeSeries.Fit(series, series[..9], 5));
    }

    [Fact]
    public void The_did_effect_is_the_difference_of_the_changes_in_means()
    {
        // Treated: before 1, 2, 3 (mean 2), after 6, 7 (6.5); comparison: before 1, 1.5, 1 (mean 7/6), after 2, 2.5
        // (2.25). Effect = (6.5 − 2) − (2.25 − 7/6) = 4.5 − 13/12 = 41/12.
        var result = DifferenceInDifferences.Fit([1, 2, 3, 6, 7], [1, 1.5, 1, 2, 2.5], 3);

        Assert.Equal(41.0 / 12, result.Effect.Value, 12);
        Assert.Equal(7.0 / 6, result.Intercept.Value, 12);
        Assert.Equal(2 - 7.0 / 6, result.Treatment.Value, 12);
        Assert.Equal((3, 2, 3, 2), (result.TreatedBefore, result.TreatedAfter, result.ComparisonBefore, result.ComparisonAfter));
        Assert.Equal(CovarianceEstimator.HC1, result.Errors);
        Assert.NotNull(result.PreTrends);
        // Treated pre slope: 1, 2, 3 → 1 per period; comparison 1, 1.5, 1 → 0.
        Assert.Equal(1, result.PreTrends.TreatedSlope.Value, 12);
        Assert.Equal(0, result.PreTrends.ComparisonSlope.Value, 12);
        Assert.Equal(1, result.PreTrends.Difference.Value, 12);
    }

    [Fact]
    public void Did_pre_trends_need_enough_pre_period_points()
    {
        var result = DifferenceInDifferences.Fit([1, 2, 6, 7], [1, 1.5, 2, 2.5], 2);

        Assert.Null(result.PreTrends);
        Assert.True(result.Warnings.HasFlag(EvaluationWarnings.PreTrendNotEstimable));
    }

    [Fact]
    public void Did_refuses_empty_cells_newey_west_and_bad_values()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            DifferenceInDifferences.Fit([1, 2, 3, 4, 5, 6], [true, true, true, false, false, false],
                [false, false, false, false, true, true], []));
        Assert.Contains("treated 3 before, 0 after", error.Message);
        Assert.Throws<ArgumentException>(() => DifferenceInDifferences.Fit([1, 2, 3], [1, 2, 3], 1,
            new DidOptions { Errors = CovarianceEstimator.NeweyWest }));
        var bad = Assert.Throws<ArgumentException>(() => DifferenceInDifferences.Fit([1, 2, double.PositiveInfinity], [1, 2, 3], 1));
        Assert.Contains("values[2]", bad.Message);
    }
}
