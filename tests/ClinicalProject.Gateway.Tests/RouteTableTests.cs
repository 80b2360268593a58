using System.Net;
using ClinicalProject.Gateway.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using Yarp.ReverseProxy.Configuration;

namespace ClinicalProject.Gateway.Tests;

/// <summary>
/// Every route of the gateway's real table (read from its configuration, not listed here): without a token
/// 401, with a role its policy refuses 403, with each role it admits the request reaches the service at the
/// path the route maps to.
/// </summary>
public sealed class RouteTableTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string Rest = "probe/x";

    [Fact]
    public void The_table_covers_the_four_services_and_the_import_routes()
    {
        var routes = fixture.Host.Routes;
        Assert.Equal(["gapanalysis", "impact", "inventory", "profiling"], routes.Select(r => r.ClusterId!).Distinct().Order());
        Assert.All(routes, r => Assert.False(string.IsNullOrWhiteSpace(r.AuthorizationPolicy), r.RouteId));
        Assert.Contains(routes, r => r.Match.Path == "/api/{version}/profiling/territories/hierarchies/{**rest}");
    }

    [Fact]
    public async Task Every_route_refuses_anonymous_callers_and_wrong_roles_and_admits_the_right_ones()
    {
        var failures = new List<string>();
        using var anonymous = fixture.Host.Client(role: null);
        foreach (var route in fixture.Host.Routes)
        {
            var policy = route.AuthorizationPolicy!;
            using (var response = await SendAsync(anonymous, route))
            {
                Expect(failures, route, "anonymous", response, HttpStatusCode.Unauthorized);
            }

            foreach (var role in TestTokens.RolesRefusedBy(policy))
            {
                using var client = fixture.Host.Client(role);
                using var response = await SendAsync(client, route);
                Expect(failures, route, role, response, HttpStatusCode.Forbidden);
            }

            foreach (var role in TestTokens.RolesAllowedBy(policy))
            {
                using var client = fixture.Host.Client(role);
                using var response = await SendAsync(client, route);
                if (!Expect(failures, route, role, response, HttpStatusCode.OK))
                {
                    continue;
                }

                var echo = await response.ReadEchoAsync();
                var expectedPath = ForwardedPath(route);
                if (echo.Path != expectedPath || echo.Method != MethodOf(route))
                {
                    failures.Add($"{route.RouteId} as {role}: the service saw {echo.Method} {echo.Path}, expected {MethodOf(route)} {expectedPath}");
                }

                if (!echo.Headers.TryGetValue("Authorization", out var token) || !token.StartsWith("Bearer ", StringComparison.Ordinal))
                {
                    failures.Add($"{route.RouteId}: the token was not passed on to the service (it checks it again)");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("/api/v1/profiling/territories?level=rls", "/territories")]
    [InlineData("/api/v1/inventory/territories/0515", "/territories/0515")]
    [InlineData("/api/v1/gaps/territories/hierarchies", "/territories/hierarchies")]
    [InlineData("/api/v1/gaps/gaps/accessibility/no-service-within-reach/8/0511?analysis=latest", "/gaps/accessibility/no-service-within-reach/8/0511")]
    [InlineData("/api/v1/impact/territories", "/territories")]
    [InlineData("/api/v1/impact/scorecard?status=in-progress", "/scorecard")]
    public async Task Each_public_prefix_reaches_its_service_without_the_prefix(string publicPath, string servicePath)
    {
        using var client = fixture.Host.Client(ClinicalRoles.Viewer);
        using var response = await client.GetAsync(publicPath);
        var echo = await response.ReadEchoAsync();
        Assert.Equal(servicePath, echo.Path);
        Assert.Equal(publicPath.Contains('?') ? publicPath[publicPath.IndexOf('?')..] : string.Empty, echo.Query);
    }

    [Fact]
    public async Task The_ad_hoc_evaluation_is_open_to_viewers_while_other_impact_writes_need_planners()
    {
        using var viewer = fixture.Host.Client(ClinicalRoles.Viewer);
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var evaluate = await viewer.PostAsync("/api/v1/impact/evaluate", content);
        using var plans = await viewer.PostAsync("/api/v1/impact/plans", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("/evaluate", (await evaluate.ReadEchoAsync()).Path);
        Assert.Equal(HttpStatusCode.Forbidden, plans.StatusCode);
    }

    private static string MethodOf(RouteConfig route) => route.Match.Methods?.FirstOrDefault() ?? "GET";

    private static string PublicPath(RouteConfig route) =>
        route.Match.Path!.Replace("{version}", "v1", StringComparison.Ordinal).Replace("{**rest}", Rest, StringComparison.Ordinal);

    private static string ForwardedPath(RouteConfig route)
    {
        var pattern = route.Transforms?.SelectMany(t => t).FirstOrDefault(t => t.Key == "PathPattern").Value
            ?? throw new InvalidOperationException($"{route.RouteId} has no PathPattern transform.");
        return pattern.Replace("{**rest}", Rest, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, RouteConfig route)
    {
        var method = MethodOf(route);
        using var request = new HttpRequestMessage(new HttpMethod(method), PublicPath(route));
        if (method is not ("GET" or "HEAD" or "DELETE"))
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private static bool Expect(List<string> failures, RouteConfig route, string who, HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode == expected)
        {
            return true;
        }

        failures.Add($"{route.RouteId} ({MethodOf(route)} {PublicPath(route)}, policy {route.AuthorizationPolicy}) as {who}: {(int)response.StatusCode}, expected {(int)expected}");
        return false;
    }
}
