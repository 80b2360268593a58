using System.Globalization;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace ClinicalProject.Gateway.Routing;

/// <summary>Reading the route table (the <c>ReverseProxy</c> section) and each route's gateway metadata.</summary>
public static class GatewayRoutes
{
    /// <summary>Route metadata: the largest body this route accepts, in bytes (import routes).</summary>
    public const string MaxRequestBodySizeKey = "MaxRequestBodySize";

    /// <summary>Route metadata: <c>false</c> keeps the route's GET answers out of the output cache.</summary>
    public const string OutputCacheKey = "OutputCache";

    /// <summary>Where the version segment (<c>v1</c>) sits in every route's path (<see cref="PathApiVersionReader"/>).</summary>
    public const string VersionParameter = "{" + PathApiVersionReader.ParameterName + "}";

    /// <summary>The YARP route that matched this request, if any.</summary>
    public static RouteConfig? RouteOf(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config;

    public static long? MaxRequestBodySize(RouteConfig route) =>
        route.Metadata?.TryGetValue(MaxRequestBodySizeKey, out var text) == true
            ? long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    public static bool IsCached(RouteConfig route) =>
        route.Metadata?.TryGetValue(OutputCacheKey, out var text) != true || !string.Equals(text, "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every route must name its authorization policy (the gateway's fallback would otherwise decide), and
    /// metadata must parse: checked at start-up, so a route added without a policy stops the gateway.
    /// </summary>
    public static void Validate(IReadOnlyList<RouteConfig> routes)
    {
        var problems = new List<string>();
        foreach (var route in routes)
        {
            if (string.IsNullOrWhiteSpace(route.AuthorizationPolicy))
            {
                problems.Add($"route '{route.RouteId}' has no AuthorizationPolicy");
            }

            if (route.Metadata?.TryGetValue(MaxRequestBodySizeKey, out var size) == true
                && !long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                problems.Add($"route '{route.RouteId}': {MaxRequestBodySizeKey} '{size}' is not a number of bytes");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("ReverseProxy:Routes: " + string.Join("; ", problems) + ".");
        }
    }

    /// <summary>
    /// The public prefix of each cluster (<c>profiling</c> → <c>/api/v1/profiling</c>): the shortest catch-all
    /// route path of the cluster with the version filled in. The OpenAPI aggregation rewrites paths with it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PublicPrefixes(IReadOnlyList<RouteConfig> routes, string versionSegment) =>
        routes.Where(r => r.ClusterId is not null && r.Match.Path?.EndsWith("/{**rest}", StringComparison.Ordinal) == true)
            .GroupBy(r => r.ClusterId!)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => r.Match.Path![..^"/{**rest}".Length]).OrderBy(p => p.Length).First()
                    .Replace(VersionParameter, versionSegment, StringComparison.Ordinal),
                StringComparer.Ordinal);
}
