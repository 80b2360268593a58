namespace ClinicalProject.PopulationProfiling.Profiles.Queries;

/// <summary>
/// A territory's expected events in a projected period: the base period's age-sex-specific rates (its own, or an
/// ancestor's) applied to its projected population. The observed base count is withheld below the suppression
/// threshold, and with it an expected count computed from the territory's own rates.
/// </summary>
public sealed record ProjectedNeedDto(
    string Territory,
    string Level,
    string Indicator,
    string RatesFrom,
    int BasePeriod,
    double? BaseCount,
    double BasePopulation,
    int ProjectedPeriod,
    double ProjectedPopulation,
    double? ExpectedCount,
    double? Change);
