namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>
/// Reads a control chart against its polarity and a target, as the NHS "Making Data Count" icons do, from the
/// latest point (whose limits are the current ones when they vary with the denominator).
/// </summary>
public static class Assurance
{
    /// <summary>
    /// Target beyond the limits on the bad side (below the lower limit when high is good): consistently met; on
    /// the good side: consistently missed; between or on a limit: hit or miss. The target is on the chart's scale.
    /// </summary>
    public static TargetAssurance AgainstTarget(ControlChartResult chart, double target, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (polarity == Polarity.None || !double.IsFinite(target) || chart.Points.Count == 0)
        {
            return TargetAssurance.NotAssessed;
        }

        var latest = chart.Points[^1];
        var (bad, good) = polarity == Polarity.HighIsGood
            ? (target < latest.LowerLimit, target > latest.UpperLimit)
            : (target > latest.UpperLimit, target < latest.LowerLimit);
        return bad ? TargetAssurance.ConsistentlyMet : good ? TargetAssurance.ConsistentlyMissed : TargetAssurance.HitOrMiss;
    }

    /// <summary>
    /// The variation of the latest point: a special cause when it lies beyond a limit or in a run longer than the
    /// Anhøj limit, on the side it lies; the crossings rule has no side and does not colour the latest point.
    /// </summary>
    public static VariationStatus LatestVariation(ControlChartResult chart, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Points.Count == 0)
        {
            return VariationStatus.CommonCause;
        }

        var latest = chart.Points[^1];
        var side = latest.AboveUpperLimit ? 1
            : latest.BelowLowerLimit ? -1
            : latest.InLongRun ? Math.Sign(latest.Value - latest.CentreLine)
            : 0;
        return (side, polarity) switch
        {
            (0, _) => VariationStatus.CommonCause,
            (> 0, Polarity.HighIsGood) or (< 0, Polarity.LowIsGood) => VariationStatus.SpecialCauseImprovement,
            (> 0, Polarity.LowIsGood) or (< 0, Polarity.HighIsGood) => VariationStatus.SpecialCauseConcern,
            (> 0, _) => VariationStatus.SpecialCauseHigher,
            _ => VariationStatus.SpecialCauseLower,
        };
    }
}
