using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;

namespace ClinicalProject.ImpactFollowUp.Tests.Security;

/// <summary>
/// Every endpoint the impact service maps: reading needs viewer, writing needs planner; the ad-hoc evaluation
/// (POST /evaluate), which stores nothing, needs viewer; only probes and OpenAPI are open.
/// </summary>
public sealed class EndpointAuthorizationTests(ImpactApiFactory factory) : Testing.Security.EndpointAuthorizationTests(
    factory.Services, factory.Server.CreateClient, ClinicalRoles.Planner,
    ["POST /imports/series", "POST /evaluate", "PUT /plans/{id:guid}"]), IClassFixture<ImpactApiFactory>
{
    protected override string PolicyOf(ServiceEndpoint endpoint) =>
        endpoint.Pattern == "/evaluate" ? ClinicalRoles.Viewer : base.PolicyOf(endpoint);
}
