namespace ClinicalProject.Contracts;

/// <summary>
/// A population profile (every requested indicator × period × territory, already small-cell suppressed) was
/// computed and stored. A claim check: consumers read the figures from population profiling's API
/// (<c>/profiles/{ProfileId}</c>); the event carries ids and versions only.
/// </summary>
/// <param name="ProfileId">The profile (its job's id).</param>
/// <param name="ProfileVersion">Increases with every profile computed by the service.</param>
/// <param name="HierarchyVersion">The territory hierarchy of its figures.</param>
/// <param name="PopulationDatasetVersion">The population dataset used as denominators.</param>
/// <param name="IndicatorCodes">The indicators it holds.</param>
/// <param name="Periods">The periods it covers.</param>
/// <param name="ComputedAt">When its last partition was stored.</param>
[ContractName("profiling/population-profile-computed/v1")]
public sealed record PopulationProfileComputed(
    Guid ProfileId,
    long ProfileVersion,
    string HierarchyVersion,
    string PopulationDatasetVersion,
    IReadOnlyList<string> IndicatorCodes,
    IReadOnlyList<int> Periods,
    DateTimeOffset ComputedAt);
