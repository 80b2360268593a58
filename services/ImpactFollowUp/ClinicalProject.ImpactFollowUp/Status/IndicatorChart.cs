using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.Statistics.ProcessControl;

namespace ClinicalProject.ImpactFollowUp.Status;

/// <summary>
/// The control chart of a followed indicator's series: a u chart (counts over their denominators, per
/// <see cref="RatePer"/>) when every point has a denominator and the values are counts, an XmR chart otherwise;
/// the centre line and limits are frozen on the points before the plan's start when there are at least
/// <see cref="MinimumBaselinePoints"/> of them.
/// </summary>
public static class IndicatorChart
{
    public const int MinimumBaselinePoints = 8;
    public const double RatePer = 1000;

    public static ControlChartResult? Draw(IReadOnlyList<SeriesPoint> points, int baselinePoints, Aggregation aggregation)
    {
        if (baselinePoints < MinimumBaselinePoints || points.Count < baselinePoints)
        {
            return null;
        }

        var values = points.Select(p => p.Value).ToArray();
        if (!values.All(double.IsFinite))
        {
            return null; // pooled values beyond the double range: no chart rather than a failed request
        }

        return aggregation == Aggregation.Sum && points.All(p => p.Denominator > 0 && double.IsFinite(p.Denominator.Value)) && values.All(v => v >= 0)
            ? ControlChart.U(values, points.Select(p => p.Denominator!.Value).ToArray(), RatePer, baselinePoints)
            : ControlChart.Individuals(values, baselinePoints);
    }

    /// <summary>Bad-side signals among the points from <paramref name="firstSince"/> on.</summary>
    public static ChartSignals Signals(ControlChartResult? chart, int firstSince, Direction direction)
    {
        if (chart is null)
        {
            return ChartSignals.None;
        }

        var lowerIsBetter = direction == Direction.LowerIsBetter;
        var since = chart.Points.Skip(firstSince).ToList();
        var beyond = since.Any(p => lowerIsBetter ? p.AboveUpperLimit : p.BelowLowerLimit);
        var run = since.Any(p => p.InLongRun && (lowerIsBetter ? p.Value > p.CentreLine : p.Value < p.CentreLine));
        return new ChartSignals(true, beyond, run);
    }
}
