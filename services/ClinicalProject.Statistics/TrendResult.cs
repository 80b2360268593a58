namespace ClinicalProject.Statistics;

/// <summary>The outcome of a test for linear trend over periods.</summary>
/// <param name="Direction">Increasing, decreasing or no significant change (or not calculated).</param>
/// <param name="Method">The test used.</param>
/// <param name="Statistic">The χ² statistic (1 degree of freedom); NaN when not calculated.</param>
/// <param name="PValue">Two-sided p-value of the statistic; NaN when not calculated.</param>
/// <param name="Periods">Number of periods that entered the test.</param>
/// <param name="Significance">The level below which the p-value declares a trend (0.05 by default).</param>
public sealed record TrendResult(TrendDirection Direction, TrendMethod Method, double Statistic, double PValue,
    int Periods, double Significance);
