using ClinicalProject.Statistics;

namespace ClinicalProject.GapAnalysis.Inputs;

/// <summary>Population profiling's <c>/profiles/{profile}/gap-inputs</c> answer, as this service reads it.</summary>
public sealed record ProfileInputs(
    Guid ProfileId,
    long ProfileVersion,
    string HierarchyVersion,
    string PopulationDatasetVersion,
    string PopulationContentHash,
    string? DeprivationVersion,
    int Period,
    string BaseLevel,
    string RatesLevel,
    ProfileProjection? Projection,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<ProfileArea> Areas,
    IReadOnlyList<ProfileFigure> Figures,
    IReadOnlyList<ProfileTrendInput> Trends);

public sealed record ProfileProjection(string Version, string ContentHash, int Period);

public sealed record ProfileArea(string Code, double Population, int? Quintile, double? ProjectedPopulation, IReadOnlyList<double> Expected,
    IReadOnlyList<double>? ExpectedProjected);

public sealed record ProfileFigure(string Indicator, string Territory, string Level, int Period, Polarity Polarity, IReadOnlyList<int> Programs,
    double? Value, double? LowerCi95, double? UpperCi95, ComparisonOutcome VersusParent, ComparisonOutcome VersusProvince);

public sealed record ProfileTrendInput(string Indicator, string Territory, TrendDirection Direction, double? PValue, int Periods);
