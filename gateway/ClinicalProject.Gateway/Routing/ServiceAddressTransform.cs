using System.Text.RegularExpressions;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace ClinicalProject.Gateway.Routing;

/// <summary>
/// The services write <c>Location</c> and <c>Link</c> addresses from their own root (<c>/imports/42</c>), which
/// answer 404 at the gateway: the addresses are rewritten under the route's public prefix
/// (<c>/api/v1/profiling/imports/42</c>), and absolute ones on the service's own host move to the host the client
/// called. One place for every service, so no service has to know where the gateway publishes it.
/// </summary>
public sealed partial class ServiceAddressTransform(IProxyConfigProvider config)
{
    private IReadOnlyDictionary<string, string>? _prefixes;

    public ValueTask ApplyAsync(ResponseTransformContext context)
    {
        var http = context.HttpContext;
        if (context.ProxyResponse is null || GatewayRoutes.RouteOf(http)?.ClusterId is not { } cluster)
        {
            return ValueTask.CompletedTask;
        }

        _prefixes ??= GatewayRoutes.PublicPrefixes(config.GetConfig().Routes, GatewayRoutes.VersionParameter);
        if (!_prefixes.TryGetValue(cluster, out var template))
        {
            return ValueTask.CompletedTask;
        }

        var version = http.GetRouteValue(PathApiVersionReader.ParameterName) as string ?? ApiVersionRewrite.DefaultVersionSegment;
        var prefix = template.Replace(GatewayRoutes.VersionParameter, version, StringComparison.Ordinal);
        var service = context.ProxyResponse.RequestMessage?.RequestUri;
        var headers = http.Response.Headers;
        if (headers.Location.Count == 1 && headers.Location[0] is { } location)
        {
            headers.Location = Rewrite(location, prefix, service, http.Request);
        }

        if (headers.Link.Count > 0)
        {
            headers.Link = headers.Link.Select(link => link is null ? null : LinkTarget().Replace(link, m => $"<{Rewrite(m.Groups[1].Value, prefix, service, http.Request)}>")).ToArray();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A service-relative path gets the prefix; an absolute address on the service's host moves to the caller's host.</summary>
    public static string Rewrite(string address, string prefix, Uri? service, HttpRequest request)
    {
        if (address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal))
        {
            return address.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase) ? address : prefix + address;
        }

        if (service is not null && Uri.TryCreate(address, UriKind.Absolute, out var absolute)
            && string.Equals(absolute.GetLeftPart(UriPartial.Authority), service.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            return $"{request.Scheme}://{request.Host}{prefix}{absolute.PathAndQuery}{absolute.Fragment}";
        }

        return address;
    }

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex LinkTarget();
}
