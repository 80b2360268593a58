using System.Collections.Concurrent;
using ClinicalProject.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ClinicalProject.Gateway.Tests;

/// <summary>The token a service sends on its own behalf to another service (ServiceDefaults).</summary>
public sealed class ServiceTokenTests
{
    [Fact]
    public async Task With_a_signing_key_the_service_mints_a_short_viewer_token_naming_itself()
    {
        var key = DevelopmentTokens.NewRandomKey();
        await using var services = Services(new Dictionary<string, string?> { ["Auth:SigningKey"] = key }, "Production");
        var provider = services.GetRequiredService<ServiceTokenProvider>();

        var token = new JsonWebToken(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("service:ClinicalProject.Inventory", token.Subject);
        Assert.Equal(["viewer"], token.GetPayloadValue<string[]>("roles"));
        Assert.Equal(AuthSettings.LocalIssuer, token.Issuer);
        Assert.InRange(token.ValidTo - DateTime.UtcNow, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(16));
    }

    [Fact]
    public async Task With_an_authority_the_service_uses_client_credentials_from_discovery_and_reuses_the_token()
    {
        var requests = new ConcurrentQueue<IFormCollection>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var identityProvider = builder.Build();
        identityProvider.MapGet("/realms/ciusss/.well-known/openid-configuration", (HttpContext context) =>
            Results.Json(new Dictionary<string, string> { ["token_endpoint"] = $"http://{context.Request.Host}/realms/ciusss/token" }));
        identityProvider.MapPost("/realms/ciusss/token", async (HttpContext context) =>
        {
            requests.Enqueue(await context.Request.ReadFormAsync());
            return Results.Json(new Dictionary<string, object> { ["access_token"] = "issued-by-idp", ["expires_in"] = 300, ["token_type"] = "Bearer" });
        });
        await identityProvider.StartAsync();

        await using var services = Services(new Dictionary<string, string?>
        {
            ["Auth:Authority"] = identityProvider.Urls.Single() + "/realms/ciusss",
            ["Auth:ClientId"] = "inventory",
            ["Auth:ClientSecret"] = "s3cret",
            ["Auth:Scope"] = "clinicalproject",
        }, "Production");
        var provider = services.GetRequiredService<ServiceTokenProvider>();

        Assert.Equal("issued-by-idp", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("issued-by-idp", await provider.GetTokenAsync(CancellationToken.None));
        var form = Assert.Single(requests);
        Assert.Equal("client_credentials", form["grant_type"].ToString());
        Assert.Equal("inventory", form["client_id"].ToString());
        Assert.Equal("s3cret", form["client_secret"].ToString());
        Assert.Equal("clinicalproject", form["scope"].ToString());
    }

    private static ServiceProvider Services(Dictionary<string, string?> configuration, string environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            ApplicationName = "ClinicalProject.Inventory",
        });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddHttpClient();
        builder.AddDefaultAuthentication();
        return (ServiceProvider)builder.Services.BuildServiceProvider();
    }
}
