namespace ClinicalProject.Gateway.Routing;

/// <summary>
/// Public paths carry the API version (<c>/api/v1/profiling/…</c>). A path without one
/// (<c>/api/profiling/…</c>) is served as the current version, v1, so dashboards written before versioning
/// keep working; it is rewritten in place rather than redirected, because a redirect would make clients
/// resend import bodies. When v2 comes, unversioned paths stay on v1.
/// </summary>
public sealed class ApiVersionRewrite(RequestDelegate next)
{
    public const string DefaultVersionSegment = "v1";

    public Task InvokeAsync(HttpContext context)
    {
        context.Request.Path = Rewrite(context.Request.Path);
        return next(context);
    }

    public static PathString Rewrite(PathString path)
    {
        if (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue
            || !PathApiVersionReader.VersionSegment(path).IsEmpty)
        {
            return path;
        }

        return new PathString("/api/" + DefaultVersionSegment).Add(rest);
    }

    /// <summary><c>v1</c>, <c>v2</c>, <c>v1.0</c>: a version segment as Asp.Versioning's URL-segment reader takes it.</summary>
    public static bool IsVersionSegment(ReadOnlySpan<char> segment) =>
        segment.Length >= 2 && (segment[0] == 'v' || segment[0] == 'V') && char.IsAsciiDigit(segment[1]);
}
