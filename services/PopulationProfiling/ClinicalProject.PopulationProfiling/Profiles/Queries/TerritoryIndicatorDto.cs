using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.Statistics;
using TrendDirection = ClinicalProject.Statistics.TrendDirection;

namespace ClinicalProject.PopulationProfiling.Profiles.Queries;

/// <summary>One indicator in a territory's profile: what it is, its figure, and its trend over the profile's periods.</summary>
/// <param name="Trend">Increasing, Decreasing, NoSignificantChange, or NotCalculated (fewer than 5 periods, or a withheld figure).</param>
public sealed record TerritoryIndicatorDto(
    string Code,
    string NameFr,
    string NameEn,
    IndicatorDomain Domain,
    MeasureType MeasureType,
    double Multiplier,
    Polarity Polarity,
    ProfileFigureDto Figure,
    TrendDirection Trend,
    double? TrendPValue);
