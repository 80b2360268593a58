using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>An indicator of the catalogue, as the API returns it.</summary>
/// <param name="Revision">Bumped by every change; the ETag is <c>"{Revision}"</c>.</param>
public sealed record IndicatorDto(
    string Code,
    string NameFr,
    string NameEn,
    IndicatorDomain Domain,
    MeasureType MeasureType,
    double Multiplier,
    Polarity Polarity,
    IReadOnlyList<int> ServicePrograms,
    NumeratorSource NumeratorSource,
    int? NumeratorAgeFrom,
    int? NumeratorAgeTo,
    int? DenominatorAgeFrom,
    int? DenominatorAgeTo,
    string? StandardPopulationCode,
    string NumeratorDefinition,
    string DenominatorDefinition,
    int Revision,
    DateTimeOffset UpdatedAt)
{
    public static IndicatorDto From(Indicator indicator) => new(
        indicator.Code, indicator.NameFr, indicator.NameEn, indicator.Domain, indicator.MeasureType, indicator.Multiplier,
        indicator.Polarity, ServiceProgramList.Parse(indicator.ServicePrograms), indicator.NumeratorSource,
        indicator.NumeratorAgeFrom, indicator.NumeratorAgeTo, indicator.DenominatorAgeFrom, indicator.DenominatorAgeTo,
        indicator.StandardPopulationCode, indicator.NumeratorDefinition, indicator.DenominatorDefinition, indicator.Revision,
        new DateTimeOffset(DateTime.SpecifyKind(indicator.UpdatedAtUtc, DateTimeKind.Utc)));
}
