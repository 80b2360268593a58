using System.Globalization;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;

namespace ClinicalProject.ImpactFollowUp.Status;

/// <summary>What the control chart says about the points since the plan started, on the bad side of the centre line.</summary>
/// <param name="Available">False when the chart could not be drawn (too few points before the start to set limits).</param>
/// <param name="BeyondLimit">A point since the start lies beyond the limit on the bad side.</param>
/// <param name="LongRun">Points since the start belong to an Anhøj long run on the bad side of the centre line.</param>
public sealed record ChartSignals(bool Available, bool BeyondLimit, bool LongRun)
{
    public static ChartSignals None { get; } = new(false, false, false);

    public bool BadSide => BeyondLimit || LongRun;
}

public sealed record StatusAssessment(IndicatorStatus Status, double? ProjectedValue, int PointsSinceStart, string Reason);

/// <summary>
/// The status of a followed indicator (documented in the service's README):
/// <list type="number">
/// <item>fewer than <see cref="MinimumPoints"/> points since the plan started: not assessed;</item>
/// <item>the trajectory: an ordinary least-squares line through the last <see cref="ProjectionWindow"/> (or fewer) points
/// since the start, extended to the target's period, <em>meets</em> the target when it lies on the good side of it;</item>
/// <item>the control chart (limits frozen on the points before the start): a bad-side signal is a point beyond the limit on
/// the bad side or an Anhøj long run on the bad side of the centre line among the points since the start;</item>
/// <item>on track: the projection meets the target and there is no bad-side signal; off track: the projection misses the
/// target and either there is a bad-side signal or the projection is worse than the baseline (moving away); at risk otherwise.</item>
/// </list>
/// </summary>
public static class StatusRule
{
    public const int MinimumPoints = 3;
    public const int ProjectionWindow = 12;

    public static StatusAssessment Assess(
        Direction direction, double baseline, double target, IReadOnlyList<SeriesPoint> sinceStart, int targetIndex, ChartSignals signals)
    {
        var n = sinceStart.Count;
        if (n < MinimumPoints)
        {
            return new(IndicatorStatus.NotAssessed, null, n, $"{n} point(s) since the plan started; {MinimumPoints} are needed to project a trajectory.");
        }

        var projected = Project(sinceStart.Skip(Math.Max(0, n - ProjectionWindow)).ToList(), targetIndex);
        var lowerIsBetter = direction == Direction.LowerIsBetter;
        var meets = lowerIsBetter ? projected <= target : projected >= target;
        var awayFromBaseline = lowerIsBetter ? projected > baseline : projected < baseline;
        var status = meets && !signals.BadSide ? IndicatorStatus.OnTrack
            : !meets && (signals.BadSide || awayFromBaseline) ? IndicatorStatus.OffTrack
            : IndicatorStatus.AtRisk;

        var chart = !signals.Available ? "no control chart (too few points before the start to set its limits)"
            : signals.BadSide ? $"control chart: {(signals.BeyondLimit ? "a point beyond the limit" : string.Empty)}{(signals.BeyondLimit && signals.LongRun ? " and " : string.Empty)}{(signals.LongRun ? "a long run" : string.Empty)} on the bad side"
            : "control chart: no signal on the bad side";
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"projection of the last {Math.Min(n, ProjectionWindow)} points: {projected:0.###} at the target's period vs target {target:0.###} ({(lowerIsBetter ? "lower" : "higher")} is better; baseline {baseline:0.###}): {(meets ? "meets it" : awayFromBaseline ? "misses it, worse than the baseline" : "misses it")}; {chart}.");
        return new(status, projected, n, reason);
    }

    /// <summary>The least-squares line through the points, evaluated at <paramref name="index"/> (a single distinct index: its mean).</summary>
    public static double Project(IReadOnlyList<SeriesPoint> points, int index)
    {
        var meanX = points.Average(p => (double)p.Index);
        var meanY = points.Average(p => p.Value);
        var sxx = points.Sum(p => (p.Index - meanX) * (p.Index - meanX));
        var slope = sxx == 0 ? 0 : points.Sum(p => (p.Index - meanX) * (p.Value - meanY)) / sxx;
        return meanY + (slope * (index - meanX));
    }
}
