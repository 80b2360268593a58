using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalProject.ServiceDefaults.Http;

/// <summary>
/// The problem every importer answers a refused file with: a stable <c>type</c> from <see cref="ProblemTypes"/>,
/// <c>errorCount</c> and the first <see cref="MaxListedErrors"/> <c>errors</c> as <see cref="ImportError"/>s.
/// </summary>
public static class ImportErrors
{
    public const int MaxListedErrors = 100;

    /// <summary>400 (or <paramref name="status"/>, such as 409): nothing was stored or changed.</summary>
    public static ProblemHttpResult Problem(
        string type, string title, IReadOnlyList<ImportError> errors, string nothingChanged = "Nothing was imported.",
        int status = StatusCodes.Status400BadRequest)
    {
        var listed = errors.Take(MaxListedErrors).ToList();
        var detail = errors.Count > listed.Count
            ? $"{errors.Count} errors were found; the first {listed.Count} are listed. {nothingChanged}"
            : $"{errors.Count} error{(errors.Count == 1 ? " was" : "s were")} found. {nothingChanged}";
        return TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Type = type,
            Title = title,
            Detail = detail,
            Extensions = { ["errorCount"] = errors.Count, ["errors"] = listed },
        });
    }
}
