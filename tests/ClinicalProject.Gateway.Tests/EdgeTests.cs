using System.Net;
using ClinicalProject.Gateway.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Gateway.Tests;

/// <summary>Versions, internal paths, CORS for dashboards and the security headers.</summary>
public sealed class EdgeTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string Dashboard = "https://dashboard.example.org";

    [Fact]
    public async Task Unversioned_paths_are_served_as_v1_and_an_unknown_version_is_not_forwarded()
    {
        using var client = fixture.Host.Client(ClinicalRoles.Viewer);
        using var unversioned = await client.GetAsync("/api/inventory/territories");
        Assert.Equal("/territories", (await unversioned.ReadEchoAsync()).Path);
        Assert.Equal("1.0", Assert.Single(unversioned.Headers.GetValues("api-supported-versions")));

        using var v2 = await client.GetAsync("/api/v2/inventory/territories");
        Assert.True(v2.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{(int)v2.StatusCode}");
        Assert.DoesNotContain("\"Path\"", await v2.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/profiling/health")]
    [InlineData("/api/profiling/health")]
    [InlineData("/api/v1/inventory/alive")]
    [InlineData("/api/v1/gaps/metrics")]
    [InlineData("/api/v1/impact/openapi/v1.json")]
    [InlineData("/api/v1/profiling/admin/anything")]
    public async Task Internal_endpoints_are_not_reachable_even_for_an_admin(string path)
    {
        using var client = fixture.Host.Client(ClinicalRoles.Admin);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_paths_are_not_forwarded()
    {
        using var client = fixture.Host.Client(ClinicalRoles.Admin);
        using var response = await client.GetAsync("/api/v1/unknown/territories");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_dashboard_origin_from_configuration_passes_the_cors_preflight_without_a_token()
    {
        using var client = fixture.Host.Client(role: null);
        using var preflight = Preflight("/api/v1/profiling/territories", Dashboard);
        using var response = await client.SendAsync(preflight);

        Assert.True(response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.OK, $"{(int)response.StatusCode}");
        Assert.Equal(Dashboard, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("authorization", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Another_origin_is_not_allowed()
    {
        using var client = fixture.Host.Client(role: null);
        using var preflight = Preflight("/api/v1/profiling/territories", "https://elsewhere.example.com");
        using var response = await client.SendAsync(preflight);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));

        using var viewer = fixture.Host.Client(ClinicalRoles.Viewer);
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/profiling/territories");
        get.Headers.Add("Origin", Dashboard);
        using var allowed = await viewer.SendAsync(get);
        Assert.Equal(Dashboard, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", string.Join(',', allowed.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/v1/profiling/territories", ClinicalRoles.Viewer)]
    [InlineData("/api/v1/profiling/territories", null)]
    [InlineData("/health", null)]
    public async Task Every_answer_carries_the_security_headers(string path, string? role)
    {
        using var client = fixture.Host.Client(role);
        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_gateways_own_probes_need_no_token()
    {
        using var client = fixture.Host.Client(role: null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    private static HttpRequestMessage Preflight(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }
}
