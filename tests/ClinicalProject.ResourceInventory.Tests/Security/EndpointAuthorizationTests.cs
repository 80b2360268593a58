using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;

namespace ClinicalProject.ResourceInventory.Tests.Security;

/// <summary>
/// Every endpoint the inventory maps (read from its routing, so new ones are covered as they come): reading
/// needs viewer, writing (create, replace, retire, HSDS import) needs planner; only probes and OpenAPI are open.
/// </summary>
public sealed class EndpointAuthorizationTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task Reads_need_viewer_and_writes_need_planner_on_every_endpoint()
    {
        var endpoints = ServiceEndpoints.Enumerate(factory.Services);
        Assert.Contains(endpoints, e => e.Method == "POST" && e.Pattern == "/hsds/import");
        Assert.Contains(endpoints, e => e.Method == "DELETE" && e.Pattern.StartsWith("/organizations/", StringComparison.Ordinal));

        using var client = factory.Server.CreateClient();
        await ServiceEndpoints.AssertRolesAreEnforcedAsync(
            client, endpoints, e => e.Method is "GET" or "HEAD" ? ClinicalRoles.Viewer : ClinicalRoles.Planner);
    }

    [Fact]
    public void Only_probes_and_the_openapi_document_are_anonymous()
    {
        var anonymous = ServiceEndpoints.Enumerate(factory.Services).Where(e => e.AllowsAnonymous).Select(e => e.Pattern).Distinct().Order();
        Assert.Equal(["/alive", "/health", "/openapi/{documentName}.json"], anonymous);
    }
}
