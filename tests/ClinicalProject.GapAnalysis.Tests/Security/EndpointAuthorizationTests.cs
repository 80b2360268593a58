using ClinicalProject.GapAnalysis.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;

namespace ClinicalProject.GapAnalysis.Tests.Security;

/// <summary>Every endpoint the service maps (read from its routing): reading needs viewer, every POST needs planner; only probes and OpenAPI are open.</summary>
public sealed class EndpointAuthorizationTests(GapAnalysisApiFactory factory) : IClassFixture<GapAnalysisApiFactory>
{
    [Fact]
    public async Task Reads_need_viewer_and_writes_need_planner_on_every_endpoint()
    {
        var endpoints = ServiceEndpoints.Enumerate(factory.Services);
        Assert.Contains(endpoints, e => e.Method == "POST" && e.Pattern == "/travel-times/{version}");
        Assert.Contains(endpoints, e => e.Method == "POST" && e.Pattern == "/analyses/{analysis}/scenarios");
        Assert.Contains(endpoints, e => e.Method == "GET" && e.Pattern == "/access-scores.geojson");

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
