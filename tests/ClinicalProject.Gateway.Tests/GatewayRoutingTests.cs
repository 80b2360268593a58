using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;

namespace ClinicalProject.Gateway.Tests;

/// <summary>
/// The gateway's real route table, forwarding to a small stand-in backend on loopback that echoes the path
/// it received: each public prefix reaches its own service with the prefix removed.
/// </summary>
public sealed class GatewayRoutingTests : IAsyncLifetime
{
    private WebApplication? _backend;
    private WebApplicationFactory<Program>? _gateway;

    public async Task InitializeAsync()
    {
        var backend = WebApplication.CreateSlimBuilder();
        backend.WebHost.UseUrls("http://127.0.0.1:0");
        _backend = backend.Build();
        _backend.Map("/{**rest}", (HttpContext context) =>
            Results.Text($"{context.Request.Host.Port} {context.Request.Path}{context.Request.QueryString}"));
        await _backend.StartAsync();
        var address = _backend.Urls.Single();

        _gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                // Every service at the same stand-in; the echoed path tells which route was taken.
                ["services:profiling:http:0"] = address,
                ["services:inventory:http:0"] = address,
                ["services:gapanalysis:http:0"] = address,
                ["services:impact:http:0"] = address,
            }));
        });
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/api/profiling/territories?level=rls", "/territories?level=rls")]
    [InlineData("/api/inventory/territories/0515", "/territories/0515")]
    [InlineData("/api/gaps/territories/hierarchies", "/territories/hierarchies")]
    [InlineData("/api/impact/territories", "/territories")]
    public async Task Each_public_prefix_reaches_its_service_without_the_prefix(string publicPath, string servicePath)
    {
        using var client = _gateway!.CreateClient().WithRole(ClinicalRoles.Viewer);
        var body = await client.GetStringAsync(publicPath);
        Assert.EndsWith(" " + servicePath, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/profiling/health")]
    [InlineData("/api/inventory/alive")]
    public async Task Service_probes_are_not_reachable_through_the_gateway(string path)
    {
        using var client = _gateway!.CreateClient().WithRole(ClinicalRoles.Viewer);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_paths_are_not_forwarded()
    {
        using var client = _gateway!.CreateClient().WithRole(ClinicalRoles.Viewer);
        using var response = await client.GetAsync("/api/unknown/territories");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
