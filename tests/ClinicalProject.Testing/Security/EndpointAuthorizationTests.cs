using ClinicalProject.ServiceDefaults.Authentication;
using Xunit;

namespace ClinicalProject.Testing.Security;

/// <summary>
/// The endpoint-authorization check every service runs, written once: every endpoint its routing holds (so endpoints
/// added later are covered as they come) refuses anonymous callers and the roles its policy refuses, lets the roles it
/// allows through, and only <see cref="AnonymousPatterns"/> need no token. A service's test class derives from it with
/// its own data: its write policy and a few endpoints that must be found (so an empty routing table cannot pass).
/// </summary>
/// <param name="services">The running service's provider (its routing is read from it).</param>
/// <param name="createClient">A client without a default token, e.g. <c>factory.Server.CreateClient</c>.</param>
/// <param name="writePolicy">The policy the service's writes require (planner or analyst).</param>
/// <param name="knownEndpoints">Endpoints (method and route pattern, e.g. <c>"POST /hsds/import"</c>) that must be among those enumerated.</param>
public abstract class EndpointAuthorizationTests(
    IServiceProvider services, Func<HttpClient> createClient, string writePolicy, IReadOnlyList<string> knownEndpoints)
{
    /// <summary>The probes and the OpenAPI document: the only endpoints a service leaves open.</summary>
    public static readonly IReadOnlyList<string> ProbesAndOpenApi = ["/alive", "/health", "/openapi/{documentName}.json"];

    /// <summary>The policy an endpoint must require; by default viewer for reads and the write policy for the rest.</summary>
    protected virtual string PolicyOf(ServiceEndpoint endpoint) => endpoint.Method is "GET" or "HEAD" ? ClinicalRoles.Viewer : writePolicy;

    /// <summary>The route patterns that may be anonymous.</summary>
    protected virtual IEnumerable<string> AnonymousPatterns => ProbesAndOpenApi;

    [Fact]
    public async Task Every_endpoint_refuses_anonymous_callers_and_the_roles_its_policy_refuses()
    {
        var endpoints = ServiceEndpoints.Enumerate(services);
        var enumerated = endpoints.Select(e => e.ToString()).ToHashSet(StringComparer.Ordinal);
        Assert.All(knownEndpoints, known => Assert.Contains(known, enumerated));

        using var client = createClient();
        await ServiceEndpoints.AssertRolesAreEnforcedAsync(client, endpoints, PolicyOf);
    }

    [Fact]
    public void Only_the_allowed_endpoints_are_anonymous() =>
        ServiceEndpoints.AssertAnonymousAre(ServiceEndpoints.Enumerate(services), AnonymousPatterns);
}
