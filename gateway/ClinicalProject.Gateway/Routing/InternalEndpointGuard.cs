namespace ClinicalProject.Gateway.Routing;

/// <summary>
/// The services' probes, metrics, OpenAPI documents and administrative endpoints are for the orchestrator and
/// the gateway on the service's own port, never for callers of the gateway: <c>/api/v1/&lt;service&gt;/health</c>
/// and the like answer 404 here, before any token is looked at.
/// </summary>
public sealed class InternalEndpointGuard(RequestDelegate next)
{
    private static readonly string[] InternalSegments = ["health", "alive", "metrics", "migrate", "admin", "openapi"];

    public Task InvokeAsync(HttpContext context)
    {
        if (IsInternal(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }

    /// <summary>True for <c>/api/[v{n}/]{service}/{internal}</c> and anything below it.</summary>
    public static bool IsInternal(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3 || !string.Equals(segments[0], "api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var first = ApiVersionRewrite.IsVersionSegment(segments[1]) ? 3 : 2;
        return segments.Length > first && InternalSegments.Contains(segments[first], StringComparer.OrdinalIgnoreCase);
    }
}
