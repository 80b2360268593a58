using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Tabular;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.StandardPopulations;

/// <summary>Standard populations for direct standardisation: the built-in 2013 European one and the users' own.</summary>
public static class StandardPopulationsApi
{
    public const string InvalidType = "urn:clinicalproject:problem:invalid-standard-population";
    public const string BuiltInType = "urn:clinicalproject:problem:built-in-standard-population";

    public static IEndpointRouteBuilder MapStandardPopulationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/standard-populations").WithTags("Standard populations").RequireViewer();
        group.MapGet("", List).WithSummary("Every standard population, the built-in 2013 European one first.");
        group.MapGet("/{code}", Get).WithSummary("One standard population with its 19 band weights (0-4 … 90+).");
        group.MapPut("/{code}", Put).RequireAnalyst()
            .Accepts<StandardPopulationInput>("application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Creates or replaces a user-supplied standard population.")
            .WithDescription("JSON { nameFr, nameEn, bands: [{ ageBand, weight }] } with each band 0-4 … 90+ once, or CSV " +
                "(ageBand,weight or single years age,weight, summed into bands) with ?nameFr=&nameEn=. Built-in populations cannot be replaced.");
        return app;
    }

    public static async Task<Ok<List<StandardPopulationDto>>> List(ProfilingDbContext db, CancellationToken cancellationToken)
    {
        var populations = await db.StandardPopulations.AsNoTracking()
            .OrderByDescending(p => p.BuiltIn).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(populations.Select(StandardPopulationDto.From).ToList());
    }

    public static async Task<Results<Ok<StandardPopulationDto>, ProblemHttpResult>> Get(ProfilingDbContext db, string code, CancellationToken cancellationToken)
    {
        var population = await db.StandardPopulations.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        return population is null
            ? ValidationProblems.NotFound($"No standard population '{code}'.")
            : TypedResults.Ok(StandardPopulationDto.From(population));
    }

    public static async Task<Results<Created<StandardPopulationDto>, Ok<StandardPopulationDto>, ProblemHttpResult>> Put(
        ProfilingDbContext db,
        HttpRequest request,
        TimeProvider clock,
        string code,
        string? nameFr,
        string? nameEn,
        CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        if (!IndicatorValidator.IsValidCode(code))
        {
            errors.Add(new ImportError(0, "code", code, IndicatorRules.InvalidCode,
                "A code has 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (such as quebec-2021)."));
        }

        double[]? weights;
        switch (BodyFormats.Classify(request.ContentType))
        {
            case BodyFormat.Csv:
                (weights, var csvErrors) = await StandardPopulationReader.ReadCsvAsync(request.Body, cancellationToken);
                errors.AddRange(csvErrors);
                break;
            case BodyFormat.Json:
                var (input, jsonError) = await JsonBody.ReadAsync<StandardPopulationInput>(request, cancellationToken);
                if (input is null)
                {
                    return Invalid([.. errors, jsonError!]);
                }

                (nameFr, nameEn) = (input.NameFr ?? nameFr, input.NameEn ?? nameEn);
                (weights, var jsonErrors) = StandardPopulationReader.Read(input);
                errors.AddRange(jsonErrors);
                break;
            default:
                return ImportProblems.UnsupportedMediaType(request.ContentType);
        }

        foreach (var (field, value) in new[] { ("nameFr", nameFr), ("nameEn", nameEn) })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > 200)
            {
                errors.Add(new ImportError(0, field, value, IndicatorRules.Required, $"'{field}' is required (at most 200 characters)."));
            }
        }

        if (errors.Count > 0 || weights is null)
        {
            return Invalid(errors);
        }

        var existing = await db.StandardPopulations.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (existing is { BuiltIn: true })
        {
            return ValidationProblems.Conflict(BuiltInType, "Built-in standard populations cannot be replaced.",
                $"'{code}' ships with the service; import yours under another code.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var created = existing is null;
        if (existing is null)
        {
            existing = new StandardPopulationRecord { Code = code, NameFr = nameFr!.Trim(), NameEn = nameEn!.Trim(), Weights = string.Empty };
            db.StandardPopulations.Add(existing);
        }

        existing.NameFr = nameFr!.Trim();
        existing.NameEn = nameEn!.Trim();
        existing.Weights = StandardPopulationCatalogue.FormatWeights(weights);
        existing.UpdatedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        var dto = StandardPopulationDto.From(existing);
        return created ? TypedResults.Created($"/standard-populations/{Uri.EscapeDataString(code)}", dto) : TypedResults.Ok(dto);
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<ImportError> errors) =>
        ValidationProblems.Invalid(InvalidType, "The standard population is not valid.", errors, "Nothing was changed.");
}
