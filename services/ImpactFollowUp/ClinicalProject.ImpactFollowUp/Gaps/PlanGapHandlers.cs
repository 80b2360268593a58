using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Gaps;

/// <summary><c>GET /plans/{id}/gaps</c>: the gaps a plan answers, with their state in the latest known gap analysis.</summary>
public static class PlanGapHandlers
{
    public static async Task<Results<Ok<List<PlanGapDto>>, NotFound<ProblemDetails>>> Get(Guid id, ImpactDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return Problems.NotFound("plan", id);
        }

        return TypedResults.Ok(await GapReferences.StateAsync(db, plan.Gaps, cancellationToken));
    }
}
