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
}
