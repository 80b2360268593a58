using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClinicalProject.Testing;

/// <summary>
/// Every endpoint a service maps, read from its routing (so endpoints added later are checked without
/// touching the tests), and the check that each one refuses anonymous callers and the wrong roles.
/// </summary>
public static partial class ServiceEndpoints
{
    public static IReadOnlyList<ServiceEndpoint> Enumerate(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new ServiceEndpoint(
                    method,
                    SamplePath(endpoint.RoutePattern.RawText ?? "/"),
                    endpoint.RoutePattern.RawText ?? "/",
                    endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                    endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json")))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// For every endpoint that needs a token: none → 401; each role <paramref name="policyOf"/>'s policy refuses
    /// → 403; each role it allows → neither 401 nor 403 (the handler runs: 200, 400, 404 or 415 as the sample
    /// request deserves).
    /// </summary>
    public static async Task AssertRolesAreEnforcedAsync(
        HttpClient client, IEnumerable<ServiceEndpoint> endpoints, Func<ServiceEndpoint, string> policyOf, string? signingKey = null)
    {
        Assert.True(client.DefaultRequestHeaders.Authorization is null, "Give a client without a default token (e.g. factory.Server.CreateClient()).");
        var failures = new List<string>();
        foreach (var endpoint in endpoints.Where(e => !e.AllowsAnonymous))
        {
            var policy = policyOf(endpoint);
            var anonymous = await SendAsync(client, endpoint, null);
            if (anonymous != StatusCodes.Status401Unauthorized)
            {
                failures.Add($"{endpoint}: anonymous got {anonymous}, expected 401");
            }

            foreach (var role in TestTokens.RolesRefusedBy(policy))
            {
                var status = await SendAsync(client, endpoint, TestTokens.Bearer(role, signingKey).ToString());
                if (status != StatusCodes.Status403Forbidden)
                {
                    failures.Add($"{endpoint}: role {role} got {status}, expected 403 ({policy} policy)");
                }
            }

            foreach (var role in TestTokens.RolesAllowedBy(policy))
            {
                var status = await SendAsync(client, endpoint, TestTokens.Bearer(role, signingKey).ToString());
                if (status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
                {
                    failures.Add($"{endpoint}: role {role} got {status}, expected to pass the {policy} policy");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>The endpoints that need no token are exactly <paramref name="allowed"/> (route patterns).</summary>
    public static void AssertAnonymousAre(IEnumerable<ServiceEndpoint> endpoints, IEnumerable<string> allowed)
    {
        var anonymous = endpoints.Where(e => e.AllowsAnonymous).Select(e => e.Pattern).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(allowed.Distinct().Order(StringComparer.Ordinal), anonymous);
    }

    private static async Task<int> SendAsync(HttpClient client, ServiceEndpoint endpoint, string? authorization)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (endpoint.Method is not ("GET" or "HEAD" or "DELETE"))
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(endpoint.ContentType);
        }

        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary><c>/territories/{code}</c> → <c>/territories/sample</c>; catch-alls and constrained parameters alike.</summary>
    private static string SamplePath(string pattern)
    {
        var path = RouteParameter().Replace(pattern, match =>
            match.Value.Contains(":int", StringComparison.Ordinal) || match.Value.Contains(":long", StringComparison.Ordinal) ? "1"
            : match.Value.Contains(":guid", StringComparison.Ordinal) ? Guid.Empty.ToString()
            : "sample");
        return path.StartsWith('/') ? path : "/" + path;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
