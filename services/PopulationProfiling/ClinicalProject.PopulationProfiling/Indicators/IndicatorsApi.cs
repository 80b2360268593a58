using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Territories.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>The indicator catalogue: read by dashboards and the profile jobs, edited by planners.</summary>
public static class IndicatorsApi
{
    public const string InvalidType = ProblemTypes.InvalidIndicator;

    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/indicators").WithTags("Indicators").RequireViewer();
        group.MapGet("", List)
            .WithSummary("The indicator catalogue, sorted by code, filtered and paged.")
            .WithDescription("domain: demographic, socio-economic, socio-sanitary, service-usage; program: a service-program 1–9; q: part of a code or name.");
        group.MapGet("/{code}", Get).WithSummary("One indicator; ETag is its revision.");
        group.MapPut("/{code}", Put).RequireAnalyst()
            .Accepts<IndicatorInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Creates or replaces an indicator (validated as a whole). Replacing needs If-Match with the ETag you read (428 without it, 412 when another planner changed it since).");
        group.MapDelete("/{code}", Delete).RequireAnalyst()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Removes an indicator from the catalogue (If-Match required); imported counts for its code stay in their datasets.");
        return app;
    }

    public static async Task<Results<Ok<PagedList<IndicatorDto>>, ValidationProblem>> List(
        ProfilingDbContext db, string? domain, int? program, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        var paging = Paging.From(page, pageSize, invalid);
        IndicatorDomain? domainFilter = null;
        if (!string.IsNullOrWhiteSpace(domain))
        {
            if (WireNames<IndicatorDomain>.TryParse(domain, out var parsed))
            {
                domainFilter = parsed;
            }
            else
            {
                invalid["domain"] = [$"Unknown domain '{domain}'; expected one of: {WireNames<IndicatorDomain>.Expected}."];
            }
        }

        if (program is < ServiceProgramList.First or > ServiceProgramList.Last)
        {
            invalid["program"] = [$"Service-programs are numbered {ServiceProgramList.First} to {ServiceProgramList.Last}."];
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var query = db.Indicators.AsNoTracking();
        if (domainFilter is { } wanted)
        {
            query = query.Where(i => i.Domain == wanted);
        }

        if (program is { } p)
        {
            var pattern = ServiceProgramList.LikePattern(p);
            query = query.Where(i => EF.Functions.Like("," + i.ServicePrograms + ",", pattern));
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(i => i.Code.Contains(text) || i.NameFr.Contains(text) || i.NameEn.Contains(text));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(i => i.Code).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(PagedList<IndicatorDto>.Of(items.Select(IndicatorDto.From).ToList(), paging, total));
    }

    public static async Task<Results<Ok<IndicatorDto>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        ProfilingDbContext db, HttpContext context, string code, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (indicator is null)
        {
            return ProblemResults.NotFound($"No indicator '{code}' in the catalogue.");
        }

        return ETags.SetAndCheckNotModified(context, Tag(indicator))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(IndicatorDto.From(indicator));
    }

    public static async Task<Results<Created<IndicatorDto>, Ok<IndicatorDto>, ProblemHttpResult>> Put(
        ProfilingDbContext db, HttpContext context, TimeProvider clock, string code, CancellationToken cancellationToken)
    {
        var (input, jsonError) = await JsonBody.ReadAsync<IndicatorInput>(context.Request, cancellationToken);
        if (input is null)
        {
            return Invalid([jsonError!]);
        }

        var (validated, errors) = IndicatorValidator.Validate(code, input);
        if (validated?.StandardPopulationCode is { } standard
            && !await db.StandardPopulations.AnyAsync(p => p.Code == standard, cancellationToken))
        {
            errors = [new ImportError(0, "standardPopulationCode", standard, IndicatorRules.UnknownStandardPopulation,
                "No such standard population: see GET /standard-populations, or import one first.")];
        }

        if (validated is null || errors.Count > 0)
        {
            return Invalid(errors);
        }

        var existing = await db.Indicators.SingleOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (ETags.CheckIfMatch(context.Request, existing is null ? null : Tag(existing), "indicator") is { } precondition)
        {
            return precondition;
        }

        validated.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            validated.Revision = 1;
            db.Indicators.Add(validated);
        }
        else
        {
            validated.Revision = existing.Revision + 1;
            db.Entry(existing).CurrentValues.SetValues(validated);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is not null)
        {
            // Revision is a concurrency token: another planner saved between our read and our write.
            var current = await db.Indicators.AsNoTracking().Where(i => i.Code == code).Select(i => (int?)i.Revision).SingleOrDefaultAsync(CancellationToken.None);
            return ETags.PreconditionFailed(current is { } revision ? ETags.Of(revision) : null, "indicator");
        }

        var saved = existing ?? validated;
        ETags.Set(context.Response, Tag(saved));
        var dto = IndicatorDto.From(saved);
        return existing is null ? TypedResults.Created($"/indicators/{Uri.EscapeDataString(code)}", dto) : TypedResults.Ok(dto);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        ProfilingDbContext db, HttpContext context, string code, CancellationToken cancellationToken)
    {
        var existing = await db.Indicators.SingleOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (existing is null)
        {
            return ProblemResults.NotFound($"No indicator '{code}' in the catalogue.");
        }

        if (ETags.CheckIfMatch(context.Request, Tag(existing), "indicator") is { } precondition)
        {
            return precondition;
        }

        db.Indicators.Remove(existing);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static string Tag(Indicator indicator) => ETags.Of(indicator.Revision);

    private static ProblemHttpResult Invalid(IReadOnlyList<ImportError> errors) =>
        ImportErrors.Problem(InvalidType, "The indicator is not valid.", errors, "Nothing was changed.");
}
