using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.GapAnalysis.AdHoc;

/// <summary>
/// An analyst's own accessibility computation: demand areas, supply sites, and either a travel-time matrix or
/// great-circle costs at a speed. Omitted parameters take the stored analyses' configured values.
/// </summary>
public sealed record AdHocRequest(
    IReadOnlyList<DemandPoint>? Demand,
    IReadOnlyList<SupplyPoint>? Supply,
    IReadOnlyList<TravelTime>? TravelTimes,
    double? SpeedKmPerHour,
    AdHocParameters? Parameters);

/// <summary>The method and its parameters; null values take the configured defaults.</summary>
public sealed record AdHocParameters(
    CatchmentMethod? Method,
    double? CatchmentMinutes,
    IReadOnlyList<StepWeight>? StepWeights,
    IReadOnlyList<StepWeight>? SelectionWeights,
    double? GaussianBandwidthMinutes,
    double? GravityExponent,
    double? GravityMinimumMinutes);
