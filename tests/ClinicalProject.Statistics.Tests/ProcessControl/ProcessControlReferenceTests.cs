using ClinicalProject.Statistics.ProcessControl;

namespace ClinicalProject.Statistics.Tests.ProcessControl;

/// <summary>
/// XmR, p and u charts, the Anhøj rules and the funnel limits against values computed independently
/// (ReferenceData/make_process_control_reference.py → process-control-reference.json), to 1e-8 relative.
/// </summary>
public sealed class ProcessControlReferenceTests
{
    public static TheoryData<ChartCase> Charts => ProcessControlReference.Charts;
    public static TheoryData<ProportionFunnelCase> ProportionFunnel => ProcessControlReference.ProportionFunnel;
    public static TheoryData<RateFunnelCase> RateFunnel => ProcessControlReference.RateFunnel;

    [Fact]
    public void Anhoj_limits_match_qbinom_and_round_for_1_to_300_useful_points()
    {
        Assert.Equal(300, ProcessControlReference.Anhoj.Count);
        foreach (var row in ProcessControlReference.Anhoj)
        {
            Assert.True(row.LongestRunLimit == AnhojRules.LongestRunLimit(row.N), $"longest run limit for n = {row.N}");
            Assert.True(row.CrossingsLimit == AnhojRules.CrossingsLimit(row.N), $"crossings limit for n = {row.N}");
        }
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Control_charts_match_the_reference(ChartCase c)
    {
        var chart = c.Kind switch
        {
            "Individuals" => ControlChart.Individuals(c.Input, c.Baseline),
            "P" => ControlChart.P(c.Input, c.Denominators, c.Multiplier, c.Baseline),
            _ => ControlChart.U(c.Input, c.Denominators, c.Multiplier, c.Baseline),
        };

        Assert.Equal(Enum.Parse<ControlChartKind>(c.Kind), chart.Kind);
        Assert.Equal(c.Baseline ?? c.Input.Length, chart.BaselinePoints);
        Close.Equal(c.Centre[0], chart.CentreLine, ProcessControlReference.Relative, "centre line");
        if (c.AverageMovingRange is { } mr)
        {
            Assert.NotNull(chart.AverageMovingRange);
            Close.Equal(mr, chart.AverageMovingRange.Value, ProcessControlReference.Relative, "mR̄");
        }

        for (var i = 0; i < c.Values.Length; i++)
        {
            var point = chart.Points[i];
            Close.Equal(c.Values[i], point.Value, ProcessControlReference.Relative, $"value[{i}]");
            Close.Equal(c.Lower[i], point.LowerLimit, ProcessControlReference.Relative, $"lower[{i}]");
            Close.Equal(c.Upper[i], point.UpperLimit, ProcessControlReference.Relative, $"upper[{i}]");
            Assert.True(c.Above[i] == point.AboveUpperLimit, $"above[{i}]");
            Assert.True(c.Below[i] == point.BelowLowerLimit, $"below[{i}]");
        }

        Assert.Equal(c.Useful, chart.Runs.UsefulPoints);
        Assert.Equal(c.LongestRun, chart.Runs.LongestRun);
        Assert.Equal(c.Crossings, chart.Runs.Crossings);
        var limits = ProcessControlReference.Anhoj[c.Useful - 1];
        Assert.Equal(limits.LongestRunLimit, chart.Runs.LongestRunLimit);
        Assert.Equal(limits.CrossingsLimit, chart.Runs.CrossingsLimit);
        Assert.Equal(c.LongestRun > limits.LongestRunLimit || c.Crossings < limits.CrossingsLimit, chart.Runs.Signal);
        Assert.Equal(c.Above.Any(a => a) || c.Below.Any(b => b) || chart.Runs.Signal, chart.HasSpecialCause);
    }

    [Theory]
    [MemberData(nameof(ProportionFunnel))]
    public void Proportion_funnel_limits_match_phe_closed_form(ProportionFunnelCase c)
    {
        var (l95, u95) = Funnel.ProportionLimits(c.Comparator, c.Denominator, ConfidenceLevel.Percent95);
        var (l998, u998) = Funnel.ProportionLimits(c.Comparator, c.Denominator, ConfidenceLevel.Percent99Point8);

        Close.Equal(c.Lower95, l95, ProcessControlReference.Relative, "lower 95 %");
        Close.Equal(c.Upper95, u95, ProcessControlReference.Relative, "upper 95 %");
        Close.Equal(c.Lower998, l998, ProcessControlReference.Relative, "lower 99.8 %");
        Close.Equal(c.Upper998, u998, ProcessControlReference.Relative, "upper 99.8 %");
    }

    [Theory]
    [MemberData(nameof(RateFunnel))]
    public void Rate_funnel_limits_pass_through_the_counts_on_them(RateFunnelCase c)
    {
        var level = new ConfidenceLevel(c.Confidence);

        var (_, upper) = Funnel.RateLimits(c.Comparator, c.DenominatorOnUpper, level);
        var (lower, _) = Funnel.RateLimits(c.Comparator, c.DenominatorOnLower, level);

        Close.Equal(c.Upper, upper, ProcessControlReference.Relative, "upper");
        Close.Equal(c.Lower, lower, ProcessControlReference.Relative, "lower");
    }
}
