using System.Globalization;
using System.Text;
using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Evaluations;

/// <summary>A plan's declared evaluation (the latest version, or one named) run on the values held now: JSON and CSV.</summary>
public static class EvaluationResultHandlers
{
    public static async Task<Results<Ok<EvaluationResultsDto>, NotFound<ProblemDetails>>> Get(
        Guid id, int? version, ImpactDbContext db, EvaluationRunner runner, CancellationToken cancellationToken)
    {
        var results = await RunAsync(id, version, db, runner, cancellationToken);
        return results is null ? NotDeclared(id, version) : TypedResults.Ok(results);
    }

    /// <summary>One row per outcome: the declared effect measure's estimate, its interval and p-value, and what was expected.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> Csv(
        Guid id, int? version, ImpactDbContext db, EvaluationRunner runner, CancellationToken cancellationToken)
    {
        var results = await RunAsync(id, version, db, runner, cancellationToken);
        if (results is null)
        {
            return NotDeclared(id, version);
        }

        var csv = new StringBuilder("planId,declarationVersion,indicator,design,periods,interventionPeriod,measure,estimate,lowerCi,upperCi,confidence,pValue,method,expected,expectedWithinInterval,message\n");
        foreach (var o in results.Outcomes)
        {
            var e = o.Estimate;
            csv.AppendJoin(',', id.ToString(), results.DeclarationVersion.ToString(CultureInfo.InvariantCulture), CsvText.Field(o.Indicator), ImpactJson.Format(o.Design),
                o.Periods.Count.ToString(CultureInfo.InvariantCulture), CsvText.Field(o.InterventionPeriod), e is null ? string.Empty : ImpactJson.Format(e.Measure),
                CsvText.Number(e?.Value), CsvText.Number(e?.LowerCi), CsvText.Number(e?.UpperCi), CsvText.Number(e?.Confidence), CsvText.Number(e?.PValue),
                CsvText.Field(e?.Method), CsvText.Number(e?.Expected), e?.ExpectedWithinInterval is { } w ? (w ? "true" : "false") : string.Empty, CsvText.Field(o.Message)).Append('\n');
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"evaluation-{id}.csv");
    }

    private static async Task<EvaluationResultsDto?> RunAsync(Guid id, int? version, ImpactDbContext db, EvaluationRunner runner, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var declarations = db.EvaluationDeclarations.AsNoTracking().Where(d => d.PlanId == id);
        var declaration = version is null
            ? await declarations.OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken)
            : await declarations.FirstOrDefaultAsync(d => d.Version == version, cancellationToken);
        if (plan is null || declaration is null)
        {
            return null;
        }

        var outcomes = new List<OutcomeEvaluationDto>(declaration.Outcomes.Count);
        foreach (var outcome in declaration.Outcomes)
        {
            outcomes.Add(await runner.RunAsync(plan, declaration, outcome, cancellationToken));
        }

        return new EvaluationResultsDto(id, declaration.Version, DateTime.SpecifyKind(declaration.DeclaredAtUtc, DateTimeKind.Utc), declaration.DeclaredBy, outcomes);
    }

    private static NotFound<ProblemDetails> NotDeclared(Guid id, int? version) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "No declared evaluation.",
        Detail = version is null ? $"Plan {id} does not exist or has not started (its evaluation is declared when it starts)." : $"Plan {id} has no evaluation version {version}.",
    });
}
