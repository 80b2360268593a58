using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Plans;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Evaluations;

/// <summary>A plan's declared evaluations: every version, oldest first; a new version says why it replaces the last.</summary>
public static class EvaluationHandlers
{
    public static async Task<Results<Ok<List<EvaluationDeclarationDto>>, NotFound<ProblemDetails>>> List(Guid id, ImpactDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return Problems.NotFound("plan", id);
        }

        var declarations = await db.EvaluationDeclarations.AsNoTracking().Where(d => d.PlanId == id).OrderBy(d => d.Version).ToListAsync(cancellationToken);
        return TypedResults.Ok(declarations.Select(d => d.ToDto()).ToList());
    }

    /// <summary>A later version of a started plan's declaration (If-Match: the plan's ETag; reason required).</summary>
    public static async Task<Results<Created<EvaluationDeclarationDto>, Ok<EvaluationDeclarationDto>, ValidationProblem, ProblemHttpResult>> Declare(
        Guid id, ImpactDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await PlanAccess.ForChangeAsync(db, id, http.Request, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var (body, errors) = await JsonBody.ReadAsync<EvaluationBody>(http.Request, cancellationToken);
        if (body is not null && !errors.HasErrors)
        {
            errors = EvaluationDeclarations.Validate(body, plan, string.Empty);
            errors.Required("reason", body.Reason, FieldErrors.TextMaxLength);
        }

        if (body is null || errors.HasErrors)
        {
            return Problems.Invalid(errors, "evaluation");
        }

        if (!await db.EvaluationDeclarations.AnyAsync(d => d.PlanId == id, cancellationToken))
        {
            return ProblemResults.Conflict(ProblemTypes.EvaluationNotDeclared, "The plan has not started: its first evaluation is declared when it starts.",
                $"Start it with POST /plans/{id}/status {{\"status\":\"in-progress\",\"evaluation\":{{…}}}}.");
        }

        var changes = new PlanChanges(db, ChangeAuthor.Of(http), clock.GetUtcNow().UtcDateTime);
        var (declaration, added) = await EvaluationDeclarations.DeclareAsync(db, plan, body, changes, cancellationToken);
        if (added && !await PlanHandlers.TrySaveAsync(db, cancellationToken))
        {
            return ETags.PreconditionFailed(await PlanHandlers.CurrentVersionAsync(db, id, cancellationToken), "plan");
        }

        ETags.Set(http.Response, plan.Version);
        return added
            ? TypedResults.Created($"/plans/{id}/evaluations/{declaration.Version}", declaration.ToDto())
            : TypedResults.Ok(declaration.ToDto());
    }
}
