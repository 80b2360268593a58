namespace ClinicalProject.Contracts;

/// <summary>
/// A followed indicator of an action plan went off track (impact follow-up's status rule). A claim check:
/// consumers read the plan and the indicator's status from the impact API (<c>/plans/{PlanId}</c>, <c>/alerts</c>).
/// </summary>
/// <param name="AlertId">The alert in impact follow-up's alert list.</param>
/// <param name="PlanId">The action plan.</param>
/// <param name="PlanVersion">The plan's version when it was assessed.</param>
/// <param name="IndicatorCode">The followed indicator.</param>
/// <param name="StatusVersion">The indicator's status version (increases with each change of status).</param>
/// <param name="OccurredAt">When the status changed.</param>
[ContractName("impact/indicator-off-track/v1")]
public sealed record IndicatorOffTrack(Guid AlertId, Guid PlanId, int PlanVersion, string IndicatorCode, int StatusVersion, DateTimeOffset OccurredAt);
