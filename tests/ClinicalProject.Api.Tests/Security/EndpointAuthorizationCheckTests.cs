using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using ClinicalProject.Testing.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Xunit.Sdk;

namespace ClinicalProject.Api.Tests.Security;

/// <summary>
/// The check every service's <see cref="EndpointAuthorizationTests"/> runs can fail: on a tiny host with the suite's
/// authentication, a write left on the default policy (admins only) and an endpoint opened by accident are caught
/// and named, and a host that follows the rules passes.
/// </summary>
public sealed class EndpointAuthorizationCheckTests
{
    [Fact]
    public async Task A_write_without_its_role_policy_is_caught_and_named()
    {
        await using var app = await StartAsync(endpoints =>
        {
            endpoints.MapGet("/things", () => TypedResults.Ok()).RequireViewer();
            endpoints.MapPost("/things", () => TypedResults.Ok()); // forgot RequirePlanner: the default policy lets admins only
        });
        using var client = app.GetTestClient();

        var failure = await Assert.ThrowsAsync<TrueException>(() => ServiceEndpoints.AssertRolesAreEnforcedAsync(
            client, ServiceEndpoints.Enumerate(app.Services), e => e.Method == "GET" ? ClinicalRoles.Viewer : ClinicalRoles.Planner));

        Assert.Contains($"POST /things: role {ClinicalRoles.Planner} got 403, expected to pass the {ClinicalRoles.Planner} policy", failure.Message);
        Assert.DoesNotContain("GET /things", failure.Message);
    }

    [Fact]
    public async Task A_read_open_to_a_role_its_policy_refuses_is_caught()
    {
        await using var app = await StartAsync(endpoints => endpoints.MapGet("/reports", () => TypedResults.Ok()).RequireViewer());
        using var client = app.GetTestClient();

        // The test says reports are for analysts; the service lets every viewer read them.
        var failure = await Assert.ThrowsAsync<TrueException>(() => ServiceEndpoints.AssertRolesAreEnforcedAsync(
            client, ServiceEndpoints.Enumerate(app.Services), _ => ClinicalRoles.Analyst));

        Assert.Contains($"GET /reports: role {ClinicalRoles.Viewer} got 200, expected 403", failure.Message);
    }

    [Fact]
    public async Task An_endpoint_opened_by_accident_is_caught()
    {
        await using var app = await StartAsync(endpoints => endpoints.MapGet("/secrets", () => TypedResults.Ok()).AllowAnonymous());

        var failure = Assert.Throws<EqualException>(() =>
            ServiceEndpoints.AssertAnonymousAre(ServiceEndpoints.Enumerate(app.Services), EndpointAuthorizationTests.ProbesAndOpenApi));

        Assert.Contains("/secrets", failure.Message);
    }

    [Fact]
    public async Task A_host_that_follows_the_rules_passes()
    {
        await using var app = await StartAsync(endpoints =>
        {
            var things = endpoints.MapGroup("/things").RequireViewer();
            things.MapGet("/{id:guid}", (Guid id) => TypedResults.Ok(id));
            things.MapPost("/", () => TypedResults.Ok()).RequirePlanner();
        });
        using var client = app.GetTestClient();
        var endpoints = ServiceEndpoints.Enumerate(app.Services);

        Assert.Equal(["POST /things/", "GET /things/{id:guid}"], endpoints.Where(e => !e.AllowsAnonymous).Select(e => e.ToString()));
        await ServiceEndpoints.AssertRolesAreEnforcedAsync(
            client, endpoints, e => e.Method == "GET" ? ClinicalRoles.Viewer : ClinicalRoles.Planner);
        ServiceEndpoints.AssertAnonymousAre(endpoints, ["/alive", "/health"]);
    }

    /// <summary>A host with the suite's defaults (authentication, the role policies, the default policy, the probes) and the given endpoints.</summary>
    private static async Task<WebApplication> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        map(app);
        await app.StartAsync();
        return app;
    }
}
