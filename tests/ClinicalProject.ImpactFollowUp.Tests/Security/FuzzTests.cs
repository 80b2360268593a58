using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using ClinicalProject.Testing.Fuzz;

namespace ClinicalProject.ImpactFollowUp.Tests.Security;

/// <summary>
/// Issue 14: malformed bodies, media types, headers, path segments and query values (seeded, bounded) to every
/// endpoint of the service, imports and writes included: no 5xx, every 4xx a problem that says what is wrong,
/// and no table gains or loses a row.
/// </summary>
public sealed class FuzzTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    [Fact]
    public async Task Malformed_requests_to_every_endpoint_answer_problems_and_store_nothing()
    {
        using var client = factory.CreateClient().WithRole(ClinicalRoles.Admin);

        var report = await FuzzAssertions.AssertMalformedRequestsAreRefusedAsync(factory, client, seed: 14, perEndpoint: 10);

        Assert.True(report.Sent > 200, $"{report.Sent} requests");
    }
}
