using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ClinicalProject.ImpactFollowUp.Common;

/// <summary>
/// Optimistic concurrency, as the inventory does it: a plan's ETag is its version; a change must send it back
/// in <c>If-Match</c> (428 without it, 412 when someone else changed the plan since).
/// </summary>
public static class PlanETag
{
    public static string For(int version) => $"\"{version}\"";

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);

    /// <summary>Null when <c>If-Match</c> names <paramref name="currentVersion"/> (or is <c>*</c>), else the problem to answer.</summary>
    public static ProblemHttpResult? Check(HttpRequest request, int currentVersion)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return Precondition(StatusCodes.Status428PreconditionRequired, "precondition-required", "If-Match is required.",
                $"Send the ETag you read (currently {For(currentVersion)}) in If-Match, so that a change made meanwhile is not overwritten.", currentVersion);
        }

        var matches = EntityTagHeaderValue.TryParseList([header], out var tags) &&
            tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || (!t.IsWeak && t.Tag.Value == For(currentVersion)));
        return matches ? null : Stale(currentVersion);
    }

    public static ProblemHttpResult Stale(int currentVersion) =>
        Precondition(StatusCodes.Status412PreconditionFailed, "precondition-failed", "The plan has changed since you read it.",
            $"Its current ETag is {For(currentVersion)}: read it again, reapply your change and send that ETag in If-Match.", currentVersion);

    private static ProblemHttpResult Precondition(int status, string type, string title, string detail, int currentVersion) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Type = $"urn:clinicalproject:problem:{type}",
            Title = title,
            Detail = detail,
            Extensions = { ["currentVersion"] = currentVersion },
        });
}
