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

    /// <summary>False when the request has an If-Match that names none of the current tag (a lost update).</summary>
    public static bool IfMatchAllows(HttpRequest request, string? currentTag)
    {
        var ifMatch = request.GetTypedHeaders().IfMatch;
        if (ifMatch.Count == 0)
        {
            return true;
        }

        if (currentTag is null)
        {
            return false; // If-Match on a resource that does not exist
        }

        var current = new EntityTagHeaderValue($"\"{currentTag}\"");
        return ifMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: true));
    }
}
