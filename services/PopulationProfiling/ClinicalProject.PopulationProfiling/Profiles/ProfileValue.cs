using ClinicalProject.Statistics;
using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.PopulationProfiling.Profiles;

/// <summary>
/// One figure of a stored profile: an indicator, a period, a territory (and a deprivation quintile, or 0 for
/// the whole territory). Stored already suppressed: a withheld count or value is null here, so nothing that
/// must not leave the service is even kept with the published figures.
/// </summary>
public sealed class ProfileValue
{
    public Guid JobId { get; init; }

    public required string IndicatorCode { get; init; }

    public int Period { get; init; }

    public required string TerritoryCode { get; init; }

    public required string Level { get; init; }

    /// <summary>0: the whole territory; 1–5: its DAs of that material deprivation quintile; 6: DAs of unknown quintile.</summary>
    public byte Quintile { get; init; }

    public double? Count { get; init; }

    public double Denominator { get; init; }

    public double? Value { get; init; }

    public double? Lower95 { get; init; }

    public double? Upper95 { get; init; }

    public double? Lower998 { get; init; }

    public double? Upper998 { get; init; }

    public IntervalMethod Method { get; init; }

    /// <summary>Calculated, or why not (too few events, no population).</summary>
    public required string Status { get; init; }

    public SuppressionStatus Suppression { get; init; }

    public ComparisonOutcome VersusParent { get; init; }

    public ComparisonOutcome VersusProvince { get; init; }
}
