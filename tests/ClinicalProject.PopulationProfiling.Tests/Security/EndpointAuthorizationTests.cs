using System.Net;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;

namespace ClinicalProject.PopulationProfiling.Tests.Security;

/// <summary>
/// Every endpoint population profiling maps (read from its routing, so new endpoints are covered as they
/// come): reading needs viewer, writing needs analyst; only the probes and the OpenAPI document are open.
/// </summary>
public sealed class EndpointAuthorizationTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    [Fact]
    public async Task Reads_need_viewer_and_writes_need_analyst_on_every_endpoint()
    {
        var endpoints = ServiceEndpoints.Enumerate(factory.Services);
        Assert.Contains(endpoints, e => e.Method == "POST" && e.Pattern == "/territories/hierarchies/{version}");
        Assert.Contains(endpoints, e => e.Method == "GET" && e.Pattern == "/territories/{code}");

        using var client = factory.Server.CreateClient();
        await ServiceEndpoints.AssertRolesAreEnforcedAsync(
            client, endpoints, e => e.Method is "GET" or "HEAD" ? ClinicalRoles.Viewer : ClinicalRoles.Analyst);
    }

    [Fact]
    public void Only_probes_and_the_openapi_document_are_anonymous()
    {
        var anonymous = ServiceEndpoints.Enumerate(factory.Services).Where(e => e.AllowsAnonymous).Select(e => e.Pattern).Distinct().Order();
        Assert.Equal(["/alive", "/health", "/openapi/{documentName}.json"], anonymous);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        using var client = factory.CreateDefaultClient();
        client.WithRole(ClinicalRoles.Admin, signingKey: DevelopmentTokens.NewRandomKey());
        using var response = await client.GetAsync("/territories/hierarchies");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        using var client = factory.CreateDefaultClient();
        var token = DevelopmentTokens.Create("expired", [ClinicalRoles.Admin], TimeSpan.FromMinutes(5), now: DateTime.UtcNow.AddHours(-1));
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await client.GetAsync("/territories/hierarchies");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Probes_need_no_token()
    {
        using var client = factory.CreateDefaultClient();
        using var alive = await client.GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
