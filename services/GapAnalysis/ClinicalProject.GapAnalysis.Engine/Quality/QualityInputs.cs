using ClinicalProject.Statistics;

namespace ClinicalProject.GapAnalysis.Engine.Quality;

/// <summary>A territory's indicator figure with its benchmark comparisons, as the profile published them.</summary>
/// <param name="Polarity">Which direction is good; none gives no quality gap.</param>
public sealed record IndicatorFigure(string Indicator, string TerritoryCode, IReadOnlyList<int> Programs, Polarity Polarity, double? Value,
    double? LowerCi95, double? UpperCi95, ComparisonOutcome VersusParent, ComparisonOutcome VersusProvince);

/// <summary>An indicator's trend in a territory, from the χ² test for linear trend.</summary>
public sealed record IndicatorTrend(string Indicator, string TerritoryCode, TrendDirection Direction, double? PValue);
