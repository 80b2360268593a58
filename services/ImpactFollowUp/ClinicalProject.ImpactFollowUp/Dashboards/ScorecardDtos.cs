using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Status;
using ClinicalProject.Statistics.ProcessControl;

namespace ClinicalProject.ImpactFollowUp.Dashboards;

/// <summary>A followed indicator on the scorecard: baseline, target, latest pooled value, status and the rule's reason.</summary>
public sealed record ScorecardIndicatorDto(
    string Code,
    string? Label,
    Direction? Direction,
    Baseline? Baseline,
    Target? Target,
    string? LatestPeriod,
    double? LatestValue,
    IndicatorStatus Status,
    double? ProjectedValue,
    string? Reason,
    DateTime? StatusSinceUtc);

/// <summary>A plan on the scorecard with its indicators; <c>Status</c> is its worst indicator's.</summary>
public sealed record ScorecardPlanDto(
    Guid Id,
    string Title,
    int Program,
    PlanStatus PlanStatus,
    IReadOnlyList<string> Territories,
    DateOnly StartDate,
    DateOnly? EndDate,
    IndicatorStatus Status,
    IReadOnlyList<ScorecardIndicatorDto> Indicators);

public sealed record AlertDto(Guid Id, Guid PlanId, int PlanVersion, string IndicatorCode, IndicatorStatus From, IndicatorStatus To, int StatusVersion, string Reason, DateTime RaisedAtUtc);

/// <summary>One period of an indicator's chart: the pooled value, the comparison, the fitted segments and the control limits.</summary>
public sealed record ChartPointDto(
    string Period,
    DateOnly PeriodStart,
    double Value,
    double? Denominator,
    double? Comparison,
    double? Fitted,
    double? Counterfactual,
    double? ChartValue,
    double? CentreLine,
    double? LowerLimit,
    double? UpperLimit,
    bool BeyondLimits,
    bool InLongRun);

/// <summary>
/// An indicator's series ready to chart. <c>ChartKind</c>: individuals (XmR) or u (per <c>ChartMultiplier</c>), limits
/// frozen on the points before the plan's start. <c>TargetOnChartScale</c>: the target as the chart plots it (for a u
/// chart, per <c>ChartMultiplier</c> of the latest denominator); <c>Assurance</c>: that target against the limits
/// (consistently met, hit or miss, consistently missed, as "Making Data Count"); <c>LatestVariation</c>: the latest point's.
/// </summary>
public sealed record IndicatorChartDto(
    Guid PlanId,
    string Indicator,
    string? Label,
    Baseline? Baseline,
    Target? Target,
    Direction? Direction,
    string? PlanStartPeriod,
    string? InterventionPeriod,
    string? ChartKind,
    double? ChartMultiplier,
    int? ChartBaselinePoints,
    IReadOnlyList<ChartPointDto> Points,
    double? TargetOnChartScale,
    TargetAssurance? Assurance,
    VariationStatus? LatestVariation,
    Evaluations.EffectEstimateDto? Estimate,
    IndicatorStatus Status,
    string? StatusReason);
