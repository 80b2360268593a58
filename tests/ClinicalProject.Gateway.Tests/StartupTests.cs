using ClinicalProject.Gateway.Routing;
using ClinicalProject.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Yarp.ReverseProxy.Configuration;

namespace ClinicalProject.Gateway.Tests;

/// <summary>What the gateway (and every service, through the same defaults) refuses to start with.</summary>
public sealed class StartupTests
{
    [Fact]
    public void Outside_development_the_built_in_key_or_no_authority_is_refused()
    {
        var none = new AuthSettings(null, AuthSettings.DefaultAudience, null, AuthSettings.DefaultRoleClaim, true);
        var builtIn = none with { SigningKey = DevelopmentTokens.BuiltInSigningKey };
        var own = none with { SigningKey = DevelopmentTokens.NewRandomKey() };
        var oidc = none with { Authority = "https://login.example.org/realms/ciusss" };

        Assert.Throws<InvalidOperationException>(() => AuthenticationExtensions.ResolveSigningKey(none, false, "Production"));
        Assert.Throws<InvalidOperationException>(() => AuthenticationExtensions.ResolveSigningKey(builtIn, false, "Production"));
        Assert.Equal(own.SigningKey, AuthenticationExtensions.ResolveSigningKey(own, false, "Production"));
        Assert.Null(AuthenticationExtensions.ResolveSigningKey(oidc, false, "Production"));
        Assert.Equal(DevelopmentTokens.BuiltInSigningKey, AuthenticationExtensions.ResolveSigningKey(none, true, "Development"));
    }

    [Fact]
    public void The_gateway_does_not_start_in_production_with_the_development_key()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseEnvironment("Production"));
        var failure = Assert.ThrowsAny<Exception>(() => factory.Services);
        Assert.Contains("Auth:Authority", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_route_without_an_authorization_policy_stops_the_gateway()
    {
        var routes = new[]
        {
            new RouteConfig { RouteId = "ok", ClusterId = "profiling", AuthorizationPolicy = "viewer", Match = new RouteMatch { Path = "/a/{**rest}" } },
            new RouteConfig { RouteId = "open", ClusterId = "profiling", Match = new RouteMatch { Path = "/b/{**rest}" } },
        };
        var failure = Assert.Throws<InvalidOperationException>(() => GatewayRoutes.Validate(routes));
        Assert.Contains("'open'", failure.Message, StringComparison.Ordinal);
    }
}
