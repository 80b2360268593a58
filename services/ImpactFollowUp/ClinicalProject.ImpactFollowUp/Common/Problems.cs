using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalProject.ImpactFollowUp.Common;

/// <summary>The problem documents (RFC 7807) the impact API answers with.</summary>
public static class Problems
{
    public const string InvalidType = ProblemTypes.InvalidRequest;

    public static ValidationProblem Invalid(FieldErrors errors, string what) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: $"The {what} is not valid; nothing was changed.", type: InvalidType);

    public static NotFound<ProblemDetails> NotFound(string what, object id) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.NotFound,
        Title = $"No such {what}.",
        Detail = $"There is no {what} '{id}'.",
    });
}
