using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>Entity tags for GETs (If-None-Match → 304) and for updates (If-Match → 412 when stale).</summary>
public static class ETags
{
    /// <summary>Sets the ETag and says whether the client already holds this representation.</summary>
    public static bool SetAndCheckNotModified(HttpContext context, string tag)
    {
        var etag = new EntityTagHeaderValue($"\"{tag}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
    }

    /// <summary>
    /// False when the request has an If-Match that names none of the current tag (a lost update), or one that is
    /// not a list of entity tags at all (<c>garbage</c>, an unquoted <c>999</c>): the typed headers drop what they
    /// cannot parse, so a malformed If-Match read through them looked absent and let any write through.
    /// </summary>
    public static bool IfMatchAllows(HttpRequest request, string? currentTag)
    {
        var header = request.Headers.IfMatch;
        if (StringValues.IsNullOrEmpty(header))
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var ifMatch) || ifMatch.Count == 0)
        {
            return false; // a precondition the server cannot read cannot hold
        }

        if (currentTag is null)
        {
            return false; // If-Match on a resource that does not exist
        }

        var current = new EntityTagHeaderValue($"\"{currentTag}\"");
        return ifMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: true));
    }
}
