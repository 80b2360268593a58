namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>One territory on a funnel plot with the limits at its denominator.</summary>
/// <param name="Index">Position in the input.</param>
/// <param name="Value">x/n × multiplier.</param>
/// <param name="Denominator">n.</param>
/// <param name="Lower95">Lower 95 % limit at n (≈ 2 sigma).</param>
/// <param name="Upper95">Upper 95 % limit at n.</param>
/// <param name="Lower998">Lower 99.8 % limit at n (≈ 3 sigma).</param>
/// <param name="Upper998">Upper 99.8 % limit at n.</param>
/// <param name="Outcome">Beyond 99.8 %: Best/Worst (MuchHigher/MuchLower without polarity); beyond 95 % only:
/// Better/Worse (Higher/Lower); within: Similar.</param>
public sealed record FunnelPoint(int Index, double Value, double Denominator, double Lower95, double Upper95,
    double Lower998, double Upper998, ComparisonOutcome Outcome);
