using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// Optimistic concurrency: a resource's ETag is its version; an update or retirement must send it back in
/// <c>If-Match</c> (428 without it, 412 when it is no longer the current version).
/// </summary>
public static class ETags
{
    public const string PreconditionFailedType = "urn:clinicalproject:problem:precondition-failed";
    public const string PreconditionRequiredType = "urn:clinicalproject:problem:precondition-required";

    public static string For(int version) => $"\"{version}\"";

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);

    /// <summary>Null when <c>If-Match</c> names the current version (or is <c>*</c>); otherwise the problem to answer.</summary>
    public static ProblemHttpResult? Check(HttpRequest request, int currentVersion)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status428PreconditionRequired,
                Type = PreconditionRequiredType,
                Title = "If-Match is required.",
                Detail = $"Send the ETag you read (currently {For(currentVersion)}) in If-Match, so a change made meanwhile by someone else is not overwritten.",
            });
        }

        if (EntityTagHeaderValue.TryParseList([header], out var tags) &&
            tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || (!t.IsWeak && t.Tag.Value == For(currentVersion))))
        {
            return null;
        }

        return PreconditionFailed(currentVersion);
    }

    public static ProblemHttpResult PreconditionFailed(int currentVersion) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status412PreconditionFailed,
        Type = PreconditionFailedType,
        Title = "The resource has changed since you read it.",
        Detail = $"Its current ETag is {For(currentVersion)}. Read it again, reapply your change and send the new ETag in If-Match.",
        Extensions = { ["currentVersion"] = currentVersion },
    });
}
