namespace ClinicalProject.Contracts;

/// <summary>
/// An action plan was created, changed, changed status or had an evaluation declared. A claim check: consumers read
/// it from the impact API (<c>/plans/{PlanId}</c>).
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Version">The plan's version after the change.</param>
/// <param name="Action">created, updated, status, evaluation-declared.</param>
/// <param name="ChangedAt">When the change committed.</param>
[ContractName("impact/action-plan-changed/v1")]
public sealed record ActionPlanChanged(Guid PlanId, int Version, string Action, DateTimeOffset ChangedAt);
