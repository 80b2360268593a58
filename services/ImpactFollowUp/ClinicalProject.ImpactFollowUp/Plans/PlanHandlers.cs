using System.Text.Json;
using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Gaps;
using ClinicalProject.ImpactFollowUp.Status;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>Create, read, replace and list action plans; their audit trail.</summary>
public static class PlanHandlers
{
    public static async Task<Results<Ok<PagedList<PlanDto>>, ValidationProblem>> List(
        ImpactDbContext db, string? status, int? program, string? territory, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        PlanStatus parsed = default;
        if (status is not null && !ImpactJson.TryParse(status, out parsed))
        {
            errors.Add("status", $"status must be one of: {ImpactJson.Names<PlanStatus>()}.");
        }

        var invalidPaging = new Dictionary<string, string[]>();
        var paging = Paging.From(page, pageSize, invalidPaging);
        foreach (var (field, messages) in invalidPaging)
        {
            errors.Add(field, messages[0]);
        }

        if (errors.HasErrors)
        {
            return Problems.Invalid(errors, "search");
        }

        var query = db.Plans.AsNoTracking();
        query = status is null ? query : query.Where(p => p.Status == parsed);
        query = program is null ? query : query.Where(p => p.Program == program);
        var plans = await query.OrderBy(p => p.Title).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(territory))
        {
            plans = plans.Where(p => p.Territories.Contains(territory.Trim())).ToList(); // a JSON column: filtered here
        }

        return TypedResults.Ok(PagedList<PlanDto>.Of(plans.Skip(paging.Skip).Take(paging.PageSize).Select(PlanMapping.ToDto).ToList(), paging, plans.Count));
    }

    public static async Task<Results<Ok<PlanDto>, StatusCodeHttpResult, NotFound<ProblemDetails>>> Get(Guid id, ImpactDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return Problems.NotFound("plan", id);
        }

        return ETags.SetAndCheckNotModified(http, plan.Version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(PlanMapping.ToDto(plan));
    }

    /// <summary>
    /// Creates a plan. With a <c>reference</c> already used: the same content answers 200 with the existing plan
    /// (a loader run twice creates nothing), other content 409.
    /// </summary>
    public static async Task<Results<Created<PlanDto>, Ok<PlanDto>, ValidationProblem, ProblemHttpResult>> Create(
        ImpactDbContext db, HttpContext http, TimeProvider clock, IndicatorStatusUpdater statuses, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<PlanBody>(http.Request, cancellationToken);
        if (body is not null && !errors.HasErrors)
        {
            errors = PlanValidator.Validate(body);
            await GapReferences.CheckAsync(db, body.Gaps, [], errors, cancellationToken);
        }

        if (body is null || errors.HasErrors)
        {
            return Problems.Invalid(errors, "plan");
        }

        var plan = new ActionPlan { Title = string.Empty, CoManagement = body.CoManagement!, CreatedBy = ChangeAuthor.Anonymous, UpdatedBy = ChangeAuthor.Anonymous };
        PlanMapping.Apply(body, plan);
        if (plan.Reference is { } reference && await db.Plans.FirstOrDefaultAsync(p => p.Reference == reference, cancellationToken) is { } existing)
        {
            return SameOrConflict(http, existing, plan);
        }

        var changes = new PlanChanges(db, ChangeAuthor.Of(http), clock.GetUtcNow().UtcDateTime);
        changes.Created(plan);
        await statuses.AssessAsync(plan, changes.NowUtc, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (plan.Reference is { } taken)
        {
            // A concurrent request created a plan with this reference between the check above and this write.
            db.ChangeTracker.Clear();
            var winner = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == taken, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return SameOrConflict(http, winner, plan);
        }

        ETags.Set(http.Response, plan.Version);
        return TypedResults.Created($"/plans/{plan.Id}", PlanMapping.ToDto(plan));
    }

    /// <summary>A plan with the reference exists: the same content answers 200 with it, other content 409.</summary>
    private static Results<Created<PlanDto>, Ok<PlanDto>, ValidationProblem, ProblemHttpResult> SameOrConflict(HttpContext http, ActionPlan existing, ActionPlan wanted)
    {
        ETags.Set(http.Response, existing.Version);
        return JsonSerializer.Serialize(PlanMapping.ToBody(existing), ImpactJson.Options) == JsonSerializer.Serialize(PlanMapping.ToBody(wanted), ImpactJson.Options)
            ? TypedResults.Ok(PlanMapping.ToDto(existing))
            : ProblemResults.Conflict(ProblemTypes.PlanReferenceTaken, "A plan with this reference exists with other content.",
                $"Plan {existing.Id} has reference '{existing.Reference}'. Change it with PUT /plans/{existing.Id} (If-Match {ETags.Quote(ETags.Of(existing.Version))}) or choose another reference.",
                new Dictionary<string, object?> { ["planId"] = existing.Id, ["currentVersion"] = existing.Version });
    }

    public static async Task<Results<Ok<PlanDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, ImpactDbContext db, HttpContext http, TimeProvider clock, IndicatorStatusUpdater statuses, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await PlanAccess.ForChangeAsync(db, id, http.Request, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var (body, errors) = await JsonBody.ReadAsync<PlanBody>(http.Request, cancellationToken);
        if (body is not null && !errors.HasErrors)
        {
            errors = PlanValidator.Validate(body);
            await GapReferences.CheckAsync(db, body.Gaps, plan.Gaps, errors, cancellationToken);
            await CheckDeclaredOutcomesStayAsync(db, plan, body, errors, cancellationToken);
            if (body.Reference is { } reference && reference.Trim() != plan.Reference &&
                await db.Plans.AnyAsync(p => p.Reference == reference.Trim() && p.Id != id, cancellationToken))
            {
                errors.Add("reference", $"reference '{reference}' belongs to another plan.");
            }
        }

        if (body is null || errors.HasErrors)
        {
            return Problems.Invalid(errors, "plan");
        }

        var before = PlanMapping.ToBody(plan);
        PlanMapping.Apply(body, plan);
        var changes = new PlanChanges(db, ChangeAuthor.Of(http), clock.GetUtcNow().UtcDateTime);
        if (changes.Updated(plan, before))
        {
            await statuses.AssessAsync(plan, changes.NowUtc, cancellationToken);
            if (!await TrySaveAsync(db, cancellationToken))
            {
                return ETags.PreconditionFailed(await CurrentVersionAsync(db, id, cancellationToken), "plan");
            }
        }

        ETags.Set(http.Response, plan.Version);
        return TypedResults.Ok(PlanMapping.ToDto(plan));
    }

    public static async Task<Results<Ok<List<PlanAuditDto>>, NotFound<ProblemDetails>>> History(Guid id, ImpactDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return Problems.NotFound("plan", id);
        }

        var entries = await db.PlanAudit.AsNoTracking().Where(a => a.PlanId == id).OrderBy(a => a.Version).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(a => new PlanAuditDto(
            a.Version, a.Action, a.ChangedBy, DateTime.SpecifyKind(a.ChangedAtUtc, DateTimeKind.Utc), JsonDocument.Parse(a.Changes).RootElement.Clone())).ToList());
    }

    internal static async Task<bool> TrySaveAsync(ImpactDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // someone saved a newer version between our read and our write
        }
    }

    internal static Task<int> CurrentVersionAsync(ImpactDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).FirstAsync(cancellationToken);

    /// <summary>A declared outcome stays followed: dropping it would make the declaration unevaluable.</summary>
    private static async Task CheckDeclaredOutcomesStayAsync(ImpactDbContext db, ActionPlan plan, PlanBody body, FieldErrors errors, CancellationToken cancellationToken)
    {
        var declared = await Evaluations.EvaluationDeclarations.LatestAsync(db, plan.Id, cancellationToken);
        var missing = declared?.Outcomes.FirstOrDefault(o => body.Indicators?.Any(i => i?.Code?.Trim() == o) != true);
        if (missing is not null)
        {
            errors.Add("indicators", $"{missing} is an outcome of the declared evaluation (version {declared!.Version}); it must stay followed.");
        }
    }
}
