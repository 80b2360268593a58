using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Profiles.GapInputs;

/// <summary>
/// Everything gap analysis reads from a profile, in one answer: the base-level areas' population and expected
/// users (need) now and projected, the figures of whole territories with their benchmark comparisons, and their
/// trends. Expected users come from the age-sex-specific rates of an ancestor level (<see cref="RatesLevel"/>),
/// so no withheld count can be recovered from them; populations are the denominators the profile publishes.
/// </summary>
/// <param name="Indicators">The indicators of <see cref="GapInputAreaDto.Expected"/>, in that order.</param>
public sealed record GapInputsDto(
    Guid ProfileId,
    long ProfileVersion,
    string HierarchyVersion,
    string PopulationDatasetVersion,
    string PopulationContentHash,
    string? DeprivationVersion,
    int Period,
    string BaseLevel,
    string RatesLevel,
    GapInputProjectionDto? Projection,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<GapInputAreaDto> Areas,
    IReadOnlyList<GapInputFigureDto> Figures,
    IReadOnlyList<GapInputTrendDto> Trends);

/// <summary>The projection dataset whose population gives the projected need.</summary>
public sealed record GapInputProjectionDto(string Version, string ContentHash, int Period);

/// <summary>
/// One base-level area (a DA, usually): its population in the profile's last period, its material deprivation
/// quintile (null when unknown), and per indicator its expected users now and in the projected period.
/// </summary>
public sealed record GapInputAreaDto(
    string Code,
    double Population,
    int? Quintile,
    double? ProjectedPopulation,
    IReadOnlyList<double> Expected,
    IReadOnlyList<double>? ExpectedProjected);

/// <summary>A whole territory's figure of the profile's last period, with its interval and comparisons.</summary>
public sealed record GapInputFigureDto(
    string Indicator,
    string Territory,
    string Level,
    int Period,
    Polarity Polarity,
    IReadOnlyList<int> Programs,
    double? Value,
    double? LowerCi95,
    double? UpperCi95,
    IntervalMethod Method,
    ComparisonOutcome VersusParent,
    ComparisonOutcome VersusProvince);

/// <summary>An indicator's trend in a territory over the profile's periods (χ² test for linear trend).</summary>
public sealed record GapInputTrendDto(string Indicator, string Territory, TrendDirection Direction, double? PValue, int Periods);
