using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalProject.GapAnalysis.Common;

/// <summary>The service's RFC 7807 answers besides validation problems.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Type = "urn:clinicalproject:problem:not-found",
        Title = "Not found.",
        Detail = detail,
    });

    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Type = "urn:clinicalproject:problem:inputs-not-ready",
        Title = "The analysis cannot run yet.",
        Detail = detail,
    });

    public static ProblemHttpResult NoAnalysis(string analysis) => NotFound(string.Equals(analysis, "latest", StringComparison.OrdinalIgnoreCase)
        ? "No analysis has been stored yet: one runs after a profile is computed, or POST /analyses."
        : $"No analysis '{analysis}' (an analysis id, or 'latest').");
}
