namespace ClinicalProject.Statistics;

/// <summary>
/// A public-health figure with its confidence interval, the level of that interval and the method that
/// produced it: never a bare double, so whoever reads it knows how far to trust it.
/// </summary>
/// <param name="Value">The point estimate, already multiplied (per 100,000, per 100 …).</param>
/// <param name="LowerCi">Lower confidence limit, on the same scale as <paramref name="Value"/>.</param>
/// <param name="UpperCi">Upper confidence limit, on the same scale as <paramref name="Value"/>.</param>
/// <param name="Confidence">The two-sided confidence level as a fraction (0.95, 0.998).</param>
/// <param name="Method">How the interval was computed.</param>
public sealed record Estimate(double Value, double LowerCi, double UpperCi, double Confidence, IntervalMethod Method)
{
    /// <summary>True when the interval lies wholly above <paramref name="benchmark"/>.</summary>
    public bool IsSignificantlyAbove(double benchmark) => LowerCi > benchmark;

    /// <summary>True when the interval lies wholly below <paramref name="benchmark"/>.</summary>
    public bool IsSignificantlyBelow(double benchmark) => UpperCi < benchmark;
}
