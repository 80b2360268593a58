using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;

namespace ClinicalProject.Gateway.Tests.Infrastructure;

/// <summary>
/// The real gateway (its real route table from appsettings.json) on Kestrel on loopback, in the Testing
/// environment (the built-in development key), every service pointing at a <see cref="StandInService"/>.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private GatewayHost(WebApplicationFactory<Program> factory, StandInService? backend)
    {
        _factory = factory;
        Backend = backend;
    }

    public StandInService? Backend { get; }

    /// <summary>The gateway's real address on loopback.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
        .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));

    public IServiceProvider Services => _factory.Services;

    public IReadOnlyList<RouteConfig> Routes => Services.GetRequiredService<IProxyConfigProvider>().GetConfig().Routes;

    /// <summary>
    /// A gateway in front of a fresh stand-in service; <paramref name="settings"/> override configuration
    /// (<paramref name="serviceAddress"/> replaces the stand-in's address, e.g. with a closed port);
    /// <paramref name="testServices"/> adds test services (fault injection, log capture).
    /// </summary>
    public static async Task<GatewayHost> StartAsync(IDictionary<string, string?>? settings = null, string? serviceAddress = null,
        Action<IServiceCollection>? testServices = null)
    {
        var backend = serviceAddress is null ? await StandInService.StartAsync() : null;
        var address = serviceAddress ?? backend!.Address;
        var configuration = new Dictionary<string, string?>
        {
            ["services:profiling:http:0"] = address,
            ["services:inventory:http:0"] = address,
            ["services:gapanalysis:http:0"] = address,
            ["services:impact:http:0"] = address,
            ["Gateway:Cors:AllowedOrigins:0"] = "https://dashboard.example.org",
            // High enough that only the rate-limit tests (which set their own) ever meet it.
            ["Gateway:RateLimiting:Burst"] = "100000",
            ["Gateway:RateLimiting:RequestsPerSecond"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(configuration));
            if (testServices is not null)
            {
                web.ConfigureTestServices(testServices);
            }
        });
        factory.UseKestrel();
        factory.StartServer();
        return new GatewayHost(factory, backend);
    }

    /// <summary>A client of the gateway sending <paramref name="role"/>'s token (none when null).</summary>
    public HttpClient Client(string? role = ClinicalRoles.Viewer, string? subject = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = subject is null
                ? TestTokens.Bearer(role)
                : new("Bearer", DevelopmentTokens.Create(subject, [role]));
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Backend is not null)
        {
            await Backend.DisposeAsync();
        }
    }
}
