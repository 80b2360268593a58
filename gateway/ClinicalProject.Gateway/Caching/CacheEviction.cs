using Microsoft.AspNetCore.OutputCaching;

namespace ClinicalProject.Gateway.Caching;

/// <summary>
/// After a successful write through a route, the cached answers of the same service are dropped, so a
/// planner who imports data and reads it back sees the new data at once. (Other gateway replicas keep theirs
/// until they expire: the expiration bounds how stale an answer can be.)
/// </summary>
public static class CacheEviction
{
    public static string TagOf(string clusterId) => "service:" + clusterId;

    public static Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var method = context.Request.Method;
        if (!(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)))
        {
            // Before the answer leaves, so a client that reads right after its write cannot get the old answer.
            context.Response.OnStarting(static state => EvictAsync((HttpContext)state), context);
        }

        return next();
    }

    private static async Task EvictAsync(HttpContext context)
    {
        var cluster = context.GetReverseProxyFeature().Cluster?.Config.ClusterId;
        if (context.Response.StatusCode is >= 200 and <= 299 && cluster is not null)
        {
            var store = context.RequestServices.GetRequiredService<IOutputCacheStore>();
            await store.EvictByTagAsync(TagOf(cluster), context.RequestAborted);
        }
    }
}
