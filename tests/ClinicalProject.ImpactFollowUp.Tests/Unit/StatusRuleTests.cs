using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.ImpactFollowUp.Status;

namespace ClinicalProject.ImpactFollowUp.Tests.Unit;

/// <summary>The documented status rule on hand-worked cases (lines through three points, extended to the target's period 5).</summary>
public sealed class StatusRuleTests
{
    private static readonly ChartSignals Quiet = new(true, false, false);

    [Fact]
    public void The_projection_is_the_least_squares_line_extended()
    {
        // Points (0, 10), (1, 12), (2, 14): slope 2, so 20 at 5; (0, 1), (1, 3), (2, 2): slope 0.5, mean 2 at x̄ = 1, so 4 at 5.
        Assert.Equal(20, StatusRule.Project(Points(10, 12, 14), 5), 1e-12);
        Assert.Equal(4, StatusRule.Project(Points(1, 3, 2), 5), 1e-12);
    }

    [Fact]
    public void Fewer_than_three_points_are_not_assessed() =>
        Assert.Equal(IndicatorStatus.NotAssessed, StatusRule.Assess(Direction.LowerIsBetter, 100, 80, Points(90, 85), 5, Quiet).Status);

    [Theory]
    [InlineData(90, 85, 80, false, false, IndicatorStatus.OnTrack)] // 65 at 5 ≤ 80
    [InlineData(90, 85, 80, true, false, IndicatorStatus.AtRisk)] // meets, but a point beyond the limit on the bad side
    [InlineData(98, 97, 96, false, false, IndicatorStatus.AtRisk)] // 93 misses 80, better than the baseline 100
    [InlineData(98, 97, 96, false, true, IndicatorStatus.OffTrack)] // misses, and a long run on the bad side
    [InlineData(100, 102, 104, false, false, IndicatorStatus.OffTrack)] // 110: misses, worse than the baseline
    public void Lower_is_better(double a, double b, double c, bool beyond, bool run, IndicatorStatus expected) =>
        Assert.Equal(expected, StatusRule.Assess(Direction.LowerIsBetter, 100, 80, Points(a, b, c), 5, new ChartSignals(true, beyond, run)).Status);

    [Theory]
    [InlineData(50, 55, 60, IndicatorStatus.OnTrack)] // 75 ≥ 70
    [InlineData(50, 51, 52, IndicatorStatus.AtRisk)] // 55 misses 70, above the baseline 50
    [InlineData(50, 48, 46, IndicatorStatus.OffTrack)] // 40 below the baseline
    public void Higher_is_better(double a, double b, double c, IndicatorStatus expected)
    {
        var assessment = StatusRule.Assess(Direction.HigherIsBetter, 50, 70, Points(a, b, c), 5, Quiet);
        Assert.Equal(expected, assessment.Status);
        Assert.Equal(3, assessment.PointsSinceStart);
    }

    private static List<SeriesPoint> Points(params double[] values) => [.. values.Select((v, i) => new SeriesPoint(i, v, null))];
}
