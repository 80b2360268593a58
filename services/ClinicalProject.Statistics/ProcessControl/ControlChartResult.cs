namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>A control chart ready to plot and to read for special causes.</summary>
/// <param name="Kind">XmR, p or u.</param>
/// <param name="CentreLine">x̄, p̄ or ū (× multiplier), from the baseline points.</param>
/// <param name="BaselinePoints">How many leading points set the centre line and limits (all unless frozen).</param>
/// <param name="AverageMovingRange">mR̄ of the baseline (XmR only; null for p and u).</param>
/// <param name="Multiplier">Scale of plotted values (1 for fractions, 100 for percentages, 1000 per 1,000 …).</param>
/// <param name="Points">Each point with its limits and signals.</param>
/// <param name="Runs">The Anhøj runs analysis over all points.</param>
/// <param name="Warnings">Few points, no variation.</param>
public sealed record ControlChartResult(ControlChartKind Kind, double CentreLine, int BaselinePoints,
    double? AverageMovingRange, double Multiplier, IReadOnlyList<ControlChartPoint> Points, RunsAnalysis Runs,
    ControlChartWarnings Warnings)
{
    /// <summary>A point beyond the limits or an Anhøj signal.</summary>
    public bool HasSpecialCause
    {
        get
        {
            if (Runs.Signal)
            {
                return true;
            }

            for (var i = 0; i < Points.Count; i++)
            {
                if (Points[i].BeyondLimits)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
