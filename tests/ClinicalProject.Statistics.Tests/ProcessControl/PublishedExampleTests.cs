using ClinicalProject.Statistics.ProcessControl;

namespace ClinicalProject.Statistics.Tests.ProcessControl;

/// <summary>
/// Published control charts: Montgomery, Introduction to Statistical Quality Control (6th ed.), Example 7.1 (p chart,
/// orange-juice cans, 30 samples of 50; p̄ = 0.2313, UCL = 0.4102, LCL = 0.0524, samples 15 and 23 beyond the UCL)
/// and Example 7.4 (u chart, nonconformities in 20 samples of 5 computers; ū = 1.93, UCL = 3.79, LCL = 0.07), the
/// data sets qicharts2's own test suite charts (tests/testthat/test_montgomery.R, tbl_07.03 and tbl_07.10); and
/// qicharts2's reference manual (summary.qic): 24 useful points → longest run limit 8, crossings limit 8; and
/// NHSRplotthedots' assurance cases (tests/testthat/test-ptd_calculate_assurance_type.R: limits 1–3, 5–7 and 1–5
/// against a target of 4, improvement up or down; with a rebase, the latest limits count).
/// The book prints the limits to 4 and 2 decimals, so they are compared at that precision.
/// </summary>
public sealed class PublishedExampleTests
{
    private static readonly double[] OrangeJuiceNonconforming =
        [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6];

    private static readonly double[] ComputerNonconformities =
        [10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5];

    [Fact]
    public void Montgomery_example_7_1_p_chart()
    {
        var sizes = Enumerable.Repeat(50.0, OrangeJuiceNonconforming.Length).ToArray();

        var chart = ControlChart.P(OrangeJuiceNonconforming, sizes);

        Assert.Equal(0.2313, chart.CentreLine, 4);
        Assert.All(chart.Points, p => Assert.Equal(0.4102, p.UpperLimit, 4));
        Assert.All(chart.Points, p => Assert.Equal(0.0524, p.LowerLimit, 4));
        // Samples 15 and 23 (1-based) are the two points beyond the upper limit in the book.
        Assert.Equal([14, 22], chart.Points.Where(p => p.BeyondLimits).Select(p => p.Index));
    }

    [Fact]
    public void Montgomery_example_7_4_u_chart()
    {
        var units = Enumerable.Repeat(5.0, ComputerNonconformities.Length).ToArray();

        var chart = ControlChart.U(ComputerNonconformities, units);

        Assert.Equal(1.93, chart.CentreLine, 2);
        Assert.All(chart.Points, p => Assert.Equal(3.79, p.UpperLimit, 2));
        Assert.All(chart.Points, p => Assert.Equal(0.07, p.LowerLimit, 2));
        Assert.DoesNotContain(chart.Points, p => p.BeyondLimits);
    }

    [Fact]
    public void Qicharts2_summary_example_limits_for_24_useful_points()
    {
        Assert.Equal(8, AnhojRules.LongestRunLimit(24));
        Assert.Equal(8, AnhojRules.CrossingsLimit(24));
    }

    [Theory]
    [InlineData(1, 2, 3, Polarity.HighIsGood, TargetAssurance.ConsistentlyMissed)]
    [InlineData(5, 6, 7, Polarity.HighIsGood, TargetAssurance.ConsistentlyMet)]
    [InlineData(1, 4, 5, Polarity.HighIsGood, TargetAssurance.HitOrMiss)]
    [InlineData(1, 2, 3, Polarity.LowIsGood, TargetAssurance.ConsistentlyMet)]
    [InlineData(5, 6, 7, Polarity.LowIsGood, TargetAssurance.ConsistentlyMissed)]
    [InlineData(1, 4, 5, Polarity.LowIsGood, TargetAssurance.HitOrMiss)]
    [InlineData(1, 4, 5, Polarity.None, TargetAssurance.NotAssessed)]
    public void Nhsr_plot_the_dots_assurance_cases(double lower, double mean, double upper, Polarity polarity,
        TargetAssurance expected)
    {
        Assert.Equal(expected, Assurance.AgainstTarget(Chart((lower, mean, upper)), 4, polarity));
    }

    [Fact]
    public void Nhsr_plot_the_dots_assurance_after_a_rebase_reads_the_latest_limits()
    {
        // Rebased parts with limits 1–3, 5–7, 1–5; improvement is a decrease; target 4.
        Assert.Equal(TargetAssurance.HitOrMiss, Assurance.AgainstTarget(Chart((1, 2, 3), (5, 6, 7), (1, 4, 5)), 4, Polarity.LowIsGood));
        Assert.Equal(TargetAssurance.ConsistentlyMet, Assurance.AgainstTarget(Chart((5, 6, 7), (1, 4, 5), (1, 2, 3)), 4, Polarity.LowIsGood));
        Assert.Equal(TargetAssurance.ConsistentlyMissed, Assurance.AgainstTarget(Chart((1, 4, 5), (1, 2, 3), (5, 6, 7)), 4, Polarity.LowIsGood));
    }

    private static ControlChartResult Chart(params (double Lower, double Mean, double Upper)[] parts) =>
        new(ControlChartKind.Individuals, parts[^1].Mean, parts.Length, null, 1,
            parts.Select((p, i) => new ControlChartPoint(i, p.Mean, p.Mean, p.Lower, p.Upper, false, false, false)).ToArray(),
            new RunsAnalysis(0, 0, 0, 0, 0), ControlChartWarnings.None);
}
