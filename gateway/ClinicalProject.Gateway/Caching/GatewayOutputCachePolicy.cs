using ClinicalProject.Gateway.Routing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClinicalProject.Gateway.Caching;

/// <summary>
/// Caches successful GET and HEAD answers of the proxied routes for <c>Gateway:OutputCache:Expiration</c>.
/// The cache runs after authentication and authorization, so every request is checked against its route's
/// policy before a cached answer is served; the entries are then shared between callers, which is right
/// because the services answer the same network data to every role (small counts are suppressed for
/// everyone, in the service). Entries vary by path, query, <c>Accept</c> (CSV, JSON, GeoJSON) and
/// <c>Accept-Language</c>; a service that answers <c>Cache-Control: private</c> or <c>no-store</c> is not
/// cached, nor is a route with <c>"OutputCache": "false"</c> metadata. A successful write through a route
/// evicts its service's entries (<see cref="CacheEviction"/>); a client may ask for a fresh answer with
/// <c>Cache-Control: no-cache</c>.
/// </summary>
public sealed class GatewayOutputCachePolicy(IOptions<GatewaySettings> settings) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var route = GatewayRoutes.RouteOf(http);
        var expiration = settings.Value.OutputCache.Expiration;
        var cacheable = route?.ClusterId is not null
            && GatewayRoutes.IsCached(route)
            && expiration > TimeSpan.Zero
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable && !AsksForFreshAnswer(http.Request);
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = expiration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = new[] { HeaderNames.Accept, HeaderNames.AcceptLanguage };
        if (cacheable)
        {
            context.Tags.Add(CacheEviction.TagOf(route!.ClusterId!));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool AsksForFreshAnswer(HttpRequest request) =>
        request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase)
        || request.Headers.Pragma.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);
}
