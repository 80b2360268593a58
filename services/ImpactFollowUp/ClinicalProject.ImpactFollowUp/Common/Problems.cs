using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalProject.ImpactFollowUp.Common;

/// <summary>The problem documents (RFC 7807) the impact API answers with.</summary>
public static class Problems
{
    public const string InvalidType = "urn:clinicalproject:problem:invalid-request";

    public static ValidationProblem Invalid(FieldErrors errors, string what) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: $"The {what} is not valid; nothing was changed.", type: InvalidType);

    public static NotFound<ProblemDetails> NotFound(string what, object id) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = $"No such {what}.",
        Detail = $"There is no {what} '{id}'.",
    });

    public static ProblemHttpResult Conflict(string type, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Type = $"urn:clinicalproject:problem:{type}",
            Title = title,
            Detail = detail,
        };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }
}
