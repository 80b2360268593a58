using Asp.Versioning;

namespace ClinicalProject.Gateway.Routing;

/// <summary>
/// Reads the API version from the path's version segment (<c>/api/v1/…</c> gives <c>1</c>), which
/// <see cref="ApiVersionRewrite"/> has filled in for unversioned paths. Asp.Versioning's URL-segment reader
/// would do the same by matching every versioned route template against the path on every request; the
/// gateway's paths all have the version in the same place, so one look at that segment does.
/// </summary>
public sealed class PathApiVersionReader : IApiVersionReader
{
    /// <summary>The route parameter that holds the version segment in the route table.</summary>
    public const string ParameterName = "version";

    public IReadOnlyList<string> Read(HttpRequest request)
    {
        var segment = VersionSegment(request.Path);
        return segment.IsEmpty ? [] : [segment[1..].ToString()];
    }

    public void AddParameters(IApiVersionParameterDescriptionContext context) =>
        context.AddParameter(ParameterName, ApiVersionParameterLocation.Path);

    /// <summary>The second segment of an <c>/api/…</c> path when it is a version (<c>v1</c>, <c>v2.0</c>), else empty.</summary>
    public static ReadOnlySpan<char> VersionSegment(PathString path)
    {
        if (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue)
        {
            return default;
        }

        var second = rest.Value!.AsSpan(1);
        var end = second.IndexOf('/');
        var segment = end < 0 ? second : second[..end];
        return ApiVersionRewrite.IsVersionSegment(segment) ? segment : default;
    }
}
