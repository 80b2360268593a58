using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ClinicalProject.ServiceDefaults.Http;

/// <summary>
/// The one meaning of entity tags in the suite. Reads: every resource that has an ETag sends it, with
/// <c>Cache-Control: no-cache</c>, and answers <c>If-None-Match</c> naming it (weak comparison, or <c>*</c>)
/// with 304. Updates: <c>If-Match</c> is required on every change of an existing resource: without it 428
/// (<see cref="ProblemTypes.PreconditionRequired"/>), and 412 (<see cref="ProblemTypes.PreconditionFailed"/>)
/// when it names another version (strong comparison) or cannot be read at all. Creating a resource that does
/// not exist needs no If-Match; an If-Match on it fails (RFC 9110 §13.1.1).
/// </summary>
public static class ETags
{
    /// <summary>The tag of a version counter (a row version, a revision).</summary>
    public static string Of(int version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The header value: <paramref name="tag"/> quoted.</summary>
    public static string Quote(string tag) => $"\"{tag}\"";

    /// <summary>Sets the ETag (after a write, or on a read that cannot be answered 304).</summary>
    public static void Set(HttpResponse response, string tag) => response.Headers.ETag = Quote(tag);

    public static void Set(HttpResponse response, int version) => Set(response, Of(version));

    /// <summary>Sets the ETag and says whether the client already holds this representation (answer 304).</summary>
    public static bool SetAndCheckNotModified(HttpContext context, string tag)
    {
        var etag = new EntityTagHeaderValue(Quote(tag));
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
    }

    public static bool SetAndCheckNotModified(HttpContext context, int version) => SetAndCheckNotModified(context, Of(version));

    /// <summary>
    /// Null when the change may go ahead; otherwise the 428 or 412 problem to answer. <paramref name="currentTag"/>
    /// null means the resource does not exist yet (a create through PUT). The header is parsed strictly: the
    /// typed headers drop what they cannot parse, so a malformed If-Match (<c>garbage</c>, an unquoted
    /// <c>7</c>) read through them would look absent; here it cannot hold, so it is a 412.
    /// </summary>
    /// <param name="what">The resource's kind, for the problem's title ("plan", "indicator").</param>
    /// <param name="extensions">Extra members for the problem (such as <c>currentVersion</c>).</param>
    public static ProblemHttpResult? CheckIfMatch(HttpRequest request, string? currentTag, string what, IDictionary<string, object?>? extensions = null)
    {
        var header = request.Headers.IfMatch;
        if (StringValues.IsNullOrEmpty(header) || string.IsNullOrWhiteSpace(header.ToString()))
        {
            return currentTag is null ? null : Problem(StatusCodes.Status428PreconditionRequired, ProblemTypes.PreconditionRequired,
                "If-Match is required.",
                $"Send the ETag you read (currently {Quote(currentTag)}) in If-Match, so that a change made meanwhile by someone else is not overwritten.",
                extensions);
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var ifMatch) || ifMatch.Count == 0)
        {
            return PreconditionFailed(currentTag, what, extensions, $"If-Match '{header}' is not a list of entity tags.");
        }

        if (currentTag is null)
        {
            return PreconditionFailed(null, what, extensions);
        }

        var current = new EntityTagHeaderValue(Quote(currentTag));
        return ifMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: true))
            ? null
            : PreconditionFailed(currentTag, what, extensions);
    }

    /// <summary>The same for a resource whose tag is its version counter; the problems carry <c>currentVersion</c>.</summary>
    public static ProblemHttpResult? CheckIfMatch(HttpRequest request, int currentVersion, string what) =>
        CheckIfMatch(request, Of(currentVersion), what, VersionExtension(currentVersion));

    /// <summary>412: the resource changed since the client read it (also when a concurrent write won the race).</summary>
    public static ProblemHttpResult PreconditionFailed(string? currentTag, string what, IDictionary<string, object?>? extensions = null, string? why = null) =>
        Problem(StatusCodes.Status412PreconditionFailed, ProblemTypes.PreconditionFailed,
            currentTag is null ? $"The {what} does not exist." : $"The {what} has changed since you read it.",
            (why is null ? "" : why + " ") + (currentTag is null
                ? $"If-Match names a version of a {what} that does not exist; send no If-Match to create it."
                : $"Its current ETag is {Quote(currentTag)}: read it again, reapply your change and send that ETag in If-Match."),
            extensions);

    public static ProblemHttpResult PreconditionFailed(int currentVersion, string what) =>
        PreconditionFailed(Of(currentVersion), what, VersionExtension(currentVersion));

    private static Dictionary<string, object?> VersionExtension(int currentVersion) => new() { ["currentVersion"] = currentVersion };

    private static ProblemHttpResult Problem(int status, string type, string title, string detail, IDictionary<string, object?>? extensions)
    {
        var problem = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }
}
