using System.Net;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;

namespace ClinicalProject.PopulationProfiling.Tests.Security;

/// <summary>
/// Every endpoint population profiling maps: reading needs viewer, writing needs analyst; only the probes and the
/// OpenAPI document are open. And the tokens themselves: another key, an expiry, the probes without one.
/// </summary>
public sealed class EndpointAuthorizationTests(ProfilingApiFactory factory) : Testing.Security.EndpointAuthorizationTests(
    factory.Services, factory.Server.CreateClient, ClinicalRoles.Analyst,
    ["POST /territories/hierarchies/{version}", "GET /territories/{code}"]), IClassFixture<ProfilingApiFactory>
{
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
