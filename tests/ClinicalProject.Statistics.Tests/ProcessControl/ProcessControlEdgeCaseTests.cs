using ClinicalProject.Statistics.ProcessControl;

namespace ClinicalProject.Statistics.Tests.ProcessControl;

/// <summary>Bad input gets an argument exception naming the point; degenerate input a clear, NaN-free result.</summary>
public sealed class ProcessControlEdgeCaseTests
{
    [Fact]
    public void A_zero_denominator_is_refused_by_index()
    {
        var error = Assert.Throws<ArgumentException>(() => ControlChart.U([1, 2, 3], [10, 10, 0]));
        Assert.Contains("denominators[2]", error.Message);
        Assert.Throws<ArgumentException>(() => ControlChart.P([1, 2], [10, -1]));
        Assert.Throws<ArgumentException>(() => Funnel.Proportions([1, 2], [10, 0], Polarity.None));
    }

    [Fact]
    public void A_numerator_above_its_denominator_is_not_a_proportion()
    {
        var error = Assert.Throws<ArgumentException>(() => ControlChart.P([1, 12], [10, 10]));
        Assert.Contains("numerators[1]", error.Message);
        // The same count over the same exposure is a valid rate.
        Assert.Equal(1.2, ControlChart.U([1, 12], [10, 10]).Points[1].Value, 12);
    }

    [Fact]
    public void Missing_values_and_mismatched_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ControlChart.Individuals([1, double.NaN, 3]));
        Assert.Contains("values[1]", error.Message);
        Assert.Throws<ArgumentException>(() => ControlChart.U([1, 2], [10]));
        Assert.Throws<ArgumentException>(() => ControlChart.Individuals([1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ControlChart.Individuals([1, 2, 3], baselinePoints: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ControlChart.U([1, 2], [1, 1], multiplier: 0));
    }

    [Fact]
    public void A_constant_series_has_collapsed_limits_no_useful_points_and_no_signal()
    {
        var chart = ControlChart.Individuals([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);

        Assert.Equal(ControlChartWarnings.NoVariation, chart.Warnings);
        Assert.All(chart.Points, p => Assert.True(p.LowerLimit == 4 && p.UpperLimit == 4 && !p.BeyondLimits));
        Assert.Equal(new RunsAnalysis(0, 0, 0, 0, 0), chart.Runs);
        Assert.False(chart.HasSpecialCause);
    }

    [Fact]
    public void No_events_at_all_give_a_zero_centre_line_without_nan()
    {
        var chart = ControlChart.P([0, 0, 0], [10, 20, 30], multiplier: 100);

        Assert.True(chart.Warnings.HasFlag(ControlChartWarnings.NoVariation));
        Assert.All(chart.Points, p => Assert.True(p.Value == 0 && p.LowerLimit == 0 && p.UpperLimit == 0));
        Assert.Equal((0.0, 0.0), Funnel.RateLimits(0, 1000, ConfidenceLevel.Percent95));
    }

    [Fact]
    public void Anhoj_limits_need_a_useful_point()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnhojRules.LongestRunLimit(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnhojRules.CrossingsLimit(0));
        // Beyond the cache the limit is computed directly: qbinom(0.05, 1999, 0.5) = 963 (scipy: binom.ppf).
        Assert.Equal(963, AnhojRules.CrossingsLimit(2000));
    }

    [Fact]
    public void A_run_keeps_going_over_a_point_on_the_centre_line_which_is_not_part_of_it()
    {
        // Hand-worked: sides + + + 0 + + + + + −, 9 useful points, a run of 8 > round(log₂ 9 + 3) = 6, 1 crossing
        // < qbinom(0.05, 8, 0.5) = 2 (P(X ≤ 1) = 9/256 < 0.05 ≤ P(X ≤ 2) = 37/256).
        double[] values = [1, 1, 1, 0, 1, 1, 1, 1, 1, -1];
        var flags = new bool[values.Length];

        var runs = AnhojRules.Analyse(values, new double[values.Length], flags);

        Assert.Equal(new RunsAnalysis(9, 8, 6, 1, 2), runs);
        Assert.Equal([true, true, true, false, true, true, true, true, true, false], flags);
    }

    [Fact]
    public void A_chart_point_outside_the_chart_is_refused_and_reading_in_order_gives_each_point()
    {
        var chart = ControlChart.U([3, 5, 4], [100, 200, 100], multiplier: 1000);

        Assert.Throws<ArgumentOutOfRangeException>(() => chart.Points[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => chart.Points[-1]);
        Assert.Equal([0, 1, 2], chart.Points.Select(p => p.Index));
        // ū = 12/400 = 0.03: the values 30, 25 and 40 per 1,000 against a centre line of 30.
        Assert.Equal([30.0, 25.0, 40.0], chart.Points.Select(p => Math.Round(p.Value, 12)));
        Assert.All(chart.Points, p => Assert.Equal(30, p.CentreLine, 12));
    }
}
