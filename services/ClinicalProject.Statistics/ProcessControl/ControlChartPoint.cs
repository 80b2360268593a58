namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>
/// One point of a control chart with its own limits (p and u limits vary with the denominator); a value type, so a
/// chart's points are one array rather than an object each.
/// </summary>
/// <param name="Index">Position of the point in the series.</param>
/// <param name="Value">The plotted value (× the chart's multiplier for p and u charts).</param>
/// <param name="CentreLine">The centre line at this point.</param>
/// <param name="LowerLimit">Lower 3-sigma limit (clamped at 0 for p and u charts).</param>
/// <param name="UpperLimit">Upper 3-sigma limit (clamped at 1 × multiplier for p charts).</param>
/// <param name="AboveUpperLimit">The value lies strictly above the upper limit (a special cause).</param>
/// <param name="BelowLowerLimit">The value lies strictly below the lower limit (a special cause).</param>
/// <param name="InLongRun">The point belongs to a run on one side of the centre line longer than the Anhøj limit.</param>
public readonly record struct ControlChartPoint(int Index, double Value, double CentreLine, double LowerLimit, double UpperLimit,
    bool AboveUpperLimit, bool BelowLowerLimit, bool InLongRun)
{
    /// <summary>Beyond either limit.</summary>
    public bool BeyondLimits => AboveUpperLimit || BelowLowerLimit;
}
