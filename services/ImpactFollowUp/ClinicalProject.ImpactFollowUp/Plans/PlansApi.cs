using ClinicalProject.ImpactFollowUp.Comparisons;
using ClinicalProject.ImpactFollowUp.Dashboards;
using ClinicalProject.ImpactFollowUp.Evaluations;
using ClinicalProject.ImpactFollowUp.Gaps;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>Action plans and what hangs on one: its gaps, history, statuses, evaluations and their results, and its indicators' charts. Reads need a viewer; writes a planner.</summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/plans").WithTags("Action plans").RequireViewer();
        plans.MapGet("/", PlanHandlers.List).WithSummary("Action plans, filtered by status, program and territory, paged.");
        plans.MapGet("/{id:guid}", PlanHandlers.Get).WithSummary("One plan, with its ETag.");
        plans.MapPost("/", PlanHandlers.Create).Accepts<PlanBody>("application/json").RequirePlanner()
            .WithSummary("Create a plan (a reference already used with the same content answers 200 with that plan).");
        plans.MapPut("/{id:guid}", PlanHandlers.Update).Accepts<PlanBody>("application/json").RequirePlanner()
            .WithSummary("Replace a plan's data; If-Match with its ETag is required.");
        plans.MapGet("/{id:guid}/gaps", PlanGapHandlers.Get)
            .WithSummary("The gaps the plan answers, each open or closed (a later gap analysis no longer finds it; the link is kept).");
        plans.MapGet("/{id:guid}/history", PlanHandlers.History).WithSummary("The plan's audit trail: who changed what, when.");
        plans.MapPost("/{id:guid}/status", PlanStatusHandlers.Change).Accepts<StatusChangeBody>("application/json").RequirePlanner()
            .WithSummary("Change the plan's status; starting it (in-progress) declares its evaluation. If-Match required.");
        plans.MapGet("/{id:guid}/status-history", PlanStatusHandlers.History).WithSummary("The plan's status changes, oldest first.");
        plans.MapGet("/{id:guid}/evaluations", EvaluationHandlers.List).WithSummary("Every declared version of the plan's evaluation, oldest first.");
        plans.MapPost("/{id:guid}/evaluations", EvaluationHandlers.Declare).Accepts<EvaluationBody>("application/json").RequirePlanner()
            .WithSummary("Declare a later version of a started plan's evaluation (reason required; If-Match: the plan's ETag).");

        plans.MapGet("/{id:guid}/evaluation-results", EvaluationResultHandlers.Get)
            .WithSummary("The declared evaluation (latest, or ?version=) run on the values held now: ITS, controlled ITS or DiD per outcome.");
        plans.MapGet("/{id:guid}/evaluation-results.csv", EvaluationResultHandlers.Csv).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The same, one row per outcome, as CSV.");
        plans.MapGet("/{id:guid}/indicators/{code}/chart", ChartHandlers.Get)
            .WithSummary("One followed indicator ready to chart: values, comparison, fitted segments, counterfactual, control limits, baseline and target.");
        plans.MapGet("/{id:guid}/indicators/{code}/funnel", FunnelHandlers.Get)
            .WithSummary("Territories compared for one period (?period=, default the latest) on a funnel plot: rates per 1,000 with 95 % and 99.8 % limits.");
        plans.MapGet("/{id:guid}/indicators/{code}/comparison-suggestions", ComparisonHandlers.Suggest)
            .WithSummary("Territories like the plan's (deprivation quintile, population, baseline level of the indicator), closest first (?count=, default 5).");
        return plans;
    }
}
