using System.Text.Json.Nodes;
using ClinicalProject.Gateway.Routing;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace ClinicalProject.Gateway.OpenApi;

/// <summary>
/// Fetches each service's <c>/openapi/v1.json</c> (through service discovery: <c>http://profiling/…</c>) and
/// merges them (<see cref="OpenApiMerger"/>), keeping the result for <c>Gateway:OpenApi:CacheFor</c>. A
/// service that cannot be reached is left out and named in <c>x-unavailable-services</c>; such an
/// incomplete document is not kept, so the next request tries again.
/// </summary>
public sealed class OpenApiAggregator(
    IHttpClientFactory httpClients, IProxyConfigProvider proxyConfig, IOptions<GatewaySettings> settings, TimeProvider time,
    ILogger<OpenApiAggregator> logger)
{
    public const string ClientName = "openapi-aggregation";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (JsonObject Document, DateTime ExpiresUtc)? _cached;

    public async Task<JsonObject> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } hit && time.GetUtcNow().UtcDateTime < hit.ExpiresUtc)
        {
            return hit.Document;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && time.GetUtcNow().UtcDateTime < again.ExpiresUtc)
            {
                return again.Document;
            }

            var config = proxyConfig.GetConfig();
            var prefixes = GatewayRoutes.PublicPrefixes(config.Routes, ApiVersionRewrite.DefaultVersionSegment);
            var fetched = await Task.WhenAll(config.Clusters.Select(cluster => FetchAsync(cluster, cancellationToken)));
            var documents = fetched.Where(f => f.Document is not null && prefixes.ContainsKey(f.Service))
                .Select(f => (f.Service, prefixes[f.Service], f.Document!));
            var unavailable = fetched.Where(f => f.Document is null).Select(f => f.Service).ToList();
            var merged = OpenApiMerger.Merge(documents, unavailable);
            _cached = unavailable.Count == 0 ? (merged, time.GetUtcNow().UtcDateTime + settings.Value.OpenApi.CacheFor) : null;
            return merged;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string Service, JsonObject? Document)> FetchAsync(ClusterConfig cluster, CancellationToken cancellationToken)
    {
        var address = cluster.Destinations?.Values.FirstOrDefault()?.Address;
        if (address is null)
        {
            return (cluster.ClusterId, null);
        }

        try
        {
            using var http = httpClients.CreateClient(ClientName);
            var text = await http.GetStringAsync(new Uri(new Uri(address.TrimEnd('/') + "/"), "openapi/v1.json"), cancellationToken);
            return (cluster.ClusterId, JsonNode.Parse(text) as JsonObject);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning(exception, "The OpenAPI document of {Service} could not be fetched from {Address}", cluster.ClusterId, address);
            return (cluster.ClusterId, null);
        }
    }
}
