namespace ClinicalProject.Gateway;

/// <summary>
/// The services' probes and administrative endpoints are for the orchestrator on their own port, never for
/// callers of the gateway: <c>/api/&lt;service&gt;/health</c> and the like answer 404 here.
/// </summary>
public sealed class InternalEndpointGuard(RequestDelegate next)
{
    private static readonly string[] InternalSegments = ["health", "alive", "metrics", "migrate", "admin"];

    public Task InvokeAsync(HttpContext context)
    {
        if (IsInternal(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }

    /// <summary>True for <c>/api/{service}/{internal}</c> and anything below it.</summary>
    public static bool IsInternal(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3
            && string.Equals(segments[0], "api", StringComparison.OrdinalIgnoreCase)
            && InternalSegments.Contains(segments[2], StringComparer.OrdinalIgnoreCase);
    }
}
