using ClinicalProject.Gateway.Routing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ClinicalProject.Gateway.Limits;

/// <summary>
/// Each request's body limit: the matched route's <c>MaxRequestBodySize</c> metadata (import routes) or
/// <c>Gateway:MaxRequestBodySize</c>. A declared length over the limit is refused with 413 before anything
/// is forwarded; a chunked body that grows past it is cut off by the server and reported as 413 too
/// (<see cref="Errors.ProxyErrorProblems"/>).
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<GatewaySettings> settings)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var route = GatewayRoutes.RouteOf(context);
        var limit = (route is null ? null : GatewayRoutes.MaxRequestBodySize(route)) ?? settings.Value.MaxRequestBodySize;
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            await TooLargeAsync(context, limit);
            return;
        }

        await next(context);
    }

    public static Task TooLargeAsync(HttpContext context, long? limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: limit is null
                ? "The request body is larger than this route accepts."
                : $"This route accepts request bodies of at most {limit} bytes; large files are accepted only on import routes.")
            .ExecuteAsync(context);
    }
}
