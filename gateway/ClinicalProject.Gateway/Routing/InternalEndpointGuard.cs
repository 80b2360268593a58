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
        var rest = (path.Value ?? string.Empty).AsSpan();
        if (!NextSegment(ref rest).Equals("api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var service = NextSegment(ref rest);
        if (ApiVersionRewrite.IsVersionSegment(service))
        {
            service = NextSegment(ref rest);
        }

        var endpoint = NextSegment(ref rest);
        if (service.IsEmpty || endpoint.IsEmpty)
        {
            return false;
        }

        foreach (var segment in InternalSegments)
        {
            if (endpoint.Equals(segment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next non-empty segment of <paramref name="rest"/>, which is advanced past it.</summary>
    private static ReadOnlySpan<char> NextSegment(ref ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart('/');
        var end = rest.IndexOf('/');
        var segment = end < 0 ? rest : rest[..end];
        rest = rest[segment.Length..];
        return segment;
    }
}
