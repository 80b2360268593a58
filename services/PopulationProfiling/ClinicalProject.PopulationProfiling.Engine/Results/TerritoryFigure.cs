using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Engine.Results;

/// <summary>One territory's figure for one indicator and period, ready to show.</summary>
/// <param name="TerritoryCode">The territory.</param>
/// <param name="Level">Its level.</param>
/// <param name="Period">The period.</param>
/// <param name="IndicatorCode">The indicator.</param>
/// <param name="Figure">Count and estimates (null when withheld).</param>
/// <param name="VersusParent">Comparison with the parent territory.</param>
/// <param name="VersusProvince">Comparison with the province.</param>
public sealed record TerritoryFigure(string TerritoryCode, string Level, string Period, string IndicatorCode,
    PublishedFigure Figure, ComparisonOutcome VersusParent, ComparisonOutcome VersusProvince);
