using ClinicalProject.PopulationProfiling.Territories.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>
/// The service's RFC 7807 answers for refused input: a stable <c>type</c>, <c>errorCount</c> and the first
/// <see cref="MaxListedErrors"/> <c>errors</c> as <see cref="ImportError"/>s (row, field, value, rule, message).
/// </summary>
public static class ValidationProblems
{
    public const int MaxListedErrors = 100;

    /// <summary>400: nothing was stored or changed.</summary>
    public static ProblemHttpResult Invalid(string type, string title, IReadOnlyList<ImportError> errors, string nothingChanged = "Nothing was imported.")
    {
        var listed = errors.Take(MaxListedErrors).ToList();
        var detail = errors.Count > listed.Count
            ? $"{errors.Count} errors were found; the first {listed.Count} are listed. {nothingChanged}"
            : $"{errors.Count} error{(errors.Count == 1 ? " was" : "s were")} found. {nothingChanged}";
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Type = type,
            Title = title,
            Detail = detail,
            Extensions = { ["errorCount"] = errors.Count, ["errors"] = listed },
        });
    }

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    /// <summary>409 with a stable type and whatever the client needs to understand the clash.</summary>
    public static ProblemHttpResult Conflict(string type, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Type = type, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }
}
