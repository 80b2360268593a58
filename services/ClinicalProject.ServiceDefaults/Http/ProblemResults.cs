using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalProject.ServiceDefaults.Http;

/// <summary>The problems every service answers besides validation (<see cref="ImportErrors"/>, <see cref="ETags"/>).</summary>
public static class ProblemResults
{
    /// <summary>404 <see cref="ProblemTypes.NotFound"/>: no resource with that id or version.</summary>
    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.NotFound,
        Title = "Not found.",
        Detail = detail,
    });

    /// <summary>409 with a stable type from <see cref="ProblemTypes"/> and whatever the client needs to understand the clash.</summary>
    public static ProblemHttpResult Conflict(string type, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Type = type, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>415 <see cref="ProblemTypes.UnsupportedMediaType"/>.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string title, string detail) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status415UnsupportedMediaType,
        Type = ProblemTypes.UnsupportedMediaType,
        Title = title,
        Detail = detail,
    });
}
