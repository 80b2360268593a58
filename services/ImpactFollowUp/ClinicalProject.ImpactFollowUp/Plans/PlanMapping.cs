namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>Between the wire (<see cref="PlanBody"/>, <see cref="PlanDto"/>) and the stored <see cref="ActionPlan"/>.</summary>
public static class PlanMapping
{
    /// <summary>Copies a validated body onto <paramref name="plan"/>, trimming codes and filling defaults.</summary>
    public static void Apply(PlanBody body, ActionPlan plan)
    {
        plan.Reference = string.IsNullOrWhiteSpace(body.Reference) ? null : body.Reference.Trim();
        plan.Title = body.Title!.Trim();
        plan.Description = body.Description;
        plan.Program = body.Program!.Value;
        plan.Gaps = body.Gaps?.Select(g => new GapReference(g.GapId.Trim(), g.AnalysisVersion.Trim())).ToList() ?? [];
        plan.Territories = body.Territories!.Select(t => t.Trim()).ToList();
        plan.CoManagement = body.CoManagement!;
        plan.ClinicalModel = body.ClinicalModel;
        plan.StartDate = body.StartDate!.Value;
        plan.EndDate = body.EndDate;
        plan.Evidence = body.Evidence?.ToList() ?? [];
        plan.Indicators = body.Indicators?.Select(i => i with
        {
            Code = i.Code.Trim(),
            Aggregation = i.Aggregation ?? Aggregation.Sum,
            ComparisonTerritories = i.ComparisonTerritories?.Select(t => t.Trim()).ToList() ?? [],
        }).ToList() ?? [];
    }

    public static PlanBody ToBody(ActionPlan plan) => new(
        plan.Reference, plan.Title, plan.Description, plan.Program, plan.Gaps, plan.Territories, plan.CoManagement,
        plan.ClinicalModel, plan.StartDate, plan.EndDate, plan.Evidence, plan.Indicators);

    public static PlanDto ToDto(ActionPlan plan) => new(
        plan.Id, plan.Reference, plan.Title, plan.Description, plan.Program, plan.Gaps, plan.Territories, plan.CoManagement,
        plan.ClinicalModel, plan.StartDate, plan.EndDate, plan.Status, plan.Evidence, plan.Indicators, plan.Version,
        DateTime.SpecifyKind(plan.CreatedAtUtc, DateTimeKind.Utc), plan.CreatedBy,
        DateTime.SpecifyKind(plan.UpdatedAtUtc, DateTimeKind.Utc), plan.UpdatedBy);
}
