using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>What every change of a plan starts with: the plan, tracked, and the If-Match check against its version.</summary>
public static class PlanAccess
{
    /// <summary>The plan to change, or the problem to answer (404, or 428/412 from <see cref="ETags.CheckIfMatch(HttpRequest, int, string)"/>).</summary>
    public static async Task<(ActionPlan? Plan, ProblemHttpResult? Refusal)> ForChangeAsync(
        ImpactDbContext db, Guid id, HttpRequest request, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return (null, TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "No such plan.",
                Detail = $"There is no plan '{id}'.",
            }));
        }

        var precondition = ETags.CheckIfMatch(request, plan.Version, "plan");
        return precondition is null ? (plan, null) : (null, precondition);
    }
}
