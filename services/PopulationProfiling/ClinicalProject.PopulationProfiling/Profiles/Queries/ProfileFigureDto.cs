using ClinicalProject.Statistics;
using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.PopulationProfiling.Profiles.Queries;

/// <summary>
/// One published figure: an indicator's count and measure for a territory and period, with its confidence
/// intervals (95 % and 99.8 %), their method, and the benchmark comparisons. A withheld figure (small count,
/// or a total that would reveal one) has no count, value or interval, only its suppression status.
/// </summary>
/// <param name="Quintile">Null for the whole territory; 1–5 for its DAs of that material deprivation quintile, 6 for DAs of unknown quintile.</param>
/// <param name="Status">Calculated, or NotCalculated (e.g. a DSR below 10 events, no population).</param>
public sealed record ProfileFigureDto(
    string Indicator,
    int Period,
    string Territory,
    string Level,
    int? Quintile,
    double? Count,
    double Denominator,
    double? Value,
    double? LowerCi95,
    double? UpperCi95,
    double? LowerCi998,
    double? UpperCi998,
    IntervalMethod Method,
    string Status,
    SuppressionStatus Suppression,
    ComparisonOutcome VersusParent,
    ComparisonOutcome VersusProvince)
{
    public static ProfileFigureDto From(ProfileValue v) => new(
        v.IndicatorCode, v.Period, v.TerritoryCode, v.Level, v.Quintile == 0 ? null : v.Quintile, v.Count, v.Denominator,
        v.Value, v.Lower95, v.Upper95, v.Lower998, v.Upper998, v.Method, v.Status, v.Suppression, v.VersusParent, v.VersusProvince);
}
