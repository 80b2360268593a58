using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Evaluations;
using ClinicalProject.ImpactFollowUp.Status;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>
/// A plan's status: planned → in-progress → done, or stopped from planned or in-progress. Starting a plan
/// declares its evaluation in the same change (design, outcomes, intervention date, expected effect): before
/// any result after the intervention can be seen, and immutable from then on.
/// </summary>
public static class PlanStatusHandlers
{
    public static async Task<Results<Ok<PlanDto>, ValidationProblem, ProblemHttpResult>> Change(
        Guid id, ImpactDbContext db, HttpContext http, TimeProvider clock, IndicatorStatusUpdater statuses, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await PlanAccess.ForChangeAsync(db, id, http.Request, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var (body, errors) = await JsonBody.ReadAsync<StatusChangeBody>(http.Request, cancellationToken);
        if (body is not null && !errors.HasErrors)
        {
            Validate(body, plan, errors);
        }

        if (body is null || errors.HasErrors)
        {
            return Problems.Invalid(errors, "status change");
        }

        var to = body.Status!.Value;
        if (to == plan.Status)
        {
            ETags.Set(http.Response, plan.Version); // already there: nothing to record (a loader may send it twice)
            return TypedResults.Ok(PlanMapping.ToDto(plan));
        }

        if (!Allowed(plan.Status, to))
        {
            return ProblemResults.Conflict(ProblemTypes.InvalidStatusChange, $"A plan cannot go from {ImpactJson.Format(plan.Status)} to {ImpactJson.Format(to)}.",
                "planned → in-progress or stopped; in-progress → done or stopped; done and stopped are final.");
        }

        var changes = new PlanChanges(db, ChangeAuthor.Of(http), clock.GetUtcNow().UtcDateTime);
        changes.StatusChanged(plan, to, body.Reason);
        if (to == PlanStatus.InProgress && body.Evaluation is not null)
        {
            await EvaluationDeclarations.DeclareAsync(db, plan, body.Evaluation, changes, cancellationToken);
        }

        await statuses.AssessAsync(plan, changes.NowUtc, cancellationToken);
        if (!await PlanHandlers.TrySaveAsync(db, cancellationToken))
        {
            return ETags.PreconditionFailed(await PlanHandlers.CurrentVersionAsync(db, id, cancellationToken), "plan");
        }

        ETags.Set(http.Response, plan.Version);
        return TypedResults.Ok(PlanMapping.ToDto(plan));
    }

    public static async Task<Results<Ok<List<StatusChangeDto>>, NotFound<ProblemDetails>>> History(Guid id, ImpactDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return Problems.NotFound("plan", id);
        }

        var steps = await db.PlanStatusChanges.AsNoTracking().Where(s => s.PlanId == id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(steps.Select(s => new StatusChangeDto(s.From, s.To, s.Reason, s.PlanVersion, s.ChangedBy, DateTime.SpecifyKind(s.ChangedAtUtc, DateTimeKind.Utc))).ToList());
    }

    private static bool Allowed(PlanStatus from, PlanStatus to) => (from, to) switch
    {
        (PlanStatus.Planned, PlanStatus.InProgress or PlanStatus.Stopped) => true,
        (PlanStatus.InProgress, PlanStatus.Done or PlanStatus.Stopped) => true,
        _ => false,
    };

    private static void Validate(StatusChangeBody body, ActionPlan plan, FieldErrors errors)
    {
        if (body.Status is null)
        {
            errors.Add("status", $"status is required: {ImpactJson.Names<PlanStatus>()}.");
            return;
        }

        errors.MaxLength("reason", body.Reason);
        if (body.Status == PlanStatus.InProgress && plan.Status == PlanStatus.Planned)
        {
            foreach (var (field, messages) in EvaluationDeclarations.Validate(body.Evaluation, plan, "evaluation.").ToDictionary())
            {
                foreach (var message in messages)
                {
                    errors.Add(field, message);
                }
            }
        }
        else if (body.Evaluation is not null && body.Status != plan.Status)
        {
            errors.Add("evaluation", "An evaluation is declared when the plan starts (status in-progress); later versions go to POST /plans/{id}/evaluations.");
        }
    }
}
