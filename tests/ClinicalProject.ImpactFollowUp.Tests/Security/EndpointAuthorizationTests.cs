using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;

namespace ClinicalProject.ImpactFollowUp.Tests.Security;

/// <summary>
/// Every endpoint the impact service maps (read from its routing): reading needs viewer, writing needs planner; the
/// ad-hoc evaluation (POST /evaluate), which stores nothing, needs viewer; only probes and OpenAPI are open.
/// </summary>
public sealed class EndpointAuthorizationTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    [Fact]
    public async Task Reads_and_the_ad_hoc_evaluation_need_viewer_and_writes_need_planner_on_every_endpoint()
    {
        var endpoints = ServiceEndpoints.Enumerate(factory.Services);
        Assert.Contains(endpoints, e => e.Method == "POST" && e.Pattern == "/imports/series");
        Assert.Contains(endpoints, e => e.Method == "POST" && e.Pattern == "/evaluate");
        Assert.Contains(endpoints, e => e.Method == "PUT" && e.Pattern == "/plans/{id:guid}");

        using var client = factory.Server.CreateClient();
        await ServiceEndpoints.AssertRolesAreEnforcedAsync(
            client, endpoints, e => e.Method is "GET" or "HEAD" || e.Pattern == "/evaluate" ? ClinicalRoles.Viewer : ClinicalRoles.Planner);
    }

    [Fact]
    public void Only_probes_and_the_openapi_document_are_anonymous()
    {
        var anonymous = ServiceEndpoints.Enumerate(factory.Services).Where(e => e.AllowsAnonymous).Select(e => e.Pattern).Distinct().Order();
        Assert.Equal(["/alive", "/health", "/openapi/{documentName}.json"], anonymous);
    }
}
