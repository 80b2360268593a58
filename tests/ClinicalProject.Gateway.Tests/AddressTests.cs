using System.Net;
using ClinicalProject.Gateway.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Gateway.Tests;

/// <summary>
/// Issue 14, defect 7: Location and Link carried the services' own paths (<c>/imports/42</c>), which answer 404
/// at the gateway. Through the gateway they are the public addresses, and following them reaches the resource.
/// </summary>
public sealed class AddressTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("/api/v1/inventory/addressed", ClinicalRoles.Planner, "/imports/42", "/api/v1/inventory/imports/42")]
    [InlineData("/api/v1/profiling/addressed?to=/imports/7", ClinicalRoles.Analyst, "/imports/7", "/api/v1/profiling/imports/7")]
    [InlineData("/api/profiling/addressed?to=/profiles/jobs/9", ClinicalRoles.Analyst, "/profiles/jobs/9", "/api/v1/profiling/profiles/jobs/9")]
    public async Task Location_and_link_are_addresses_the_client_can_follow(string path, string role, string servicePath, string expected)
    {
        using var client = fixture.Host.Client(role);

        using var response = await client.PostAsync(path, null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        var links = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Equal($"<{expected}>; rel=\"monitor\", <{fixture.Host.Address.GetLeftPart(UriPartial.Authority)}{expected}?page=2>; rel=\"next\"", links);
        using var followed = await fixture.Host.Client().GetAsync(expected);
        Assert.Equal(servicePath, (await followed.ReadEchoAsync()).Path);
    }

    [Theory]
    [InlineData("https://example.org/elsewhere", "https://example.org/elsewhere")]
    [InlineData("/api/v1/inventory/imports/5", "/api/v1/inventory/imports/5")]
    public async Task Addresses_already_public_or_elsewhere_are_left_alone(string location, string expected)
    {
        using var client = fixture.Host.Client(ClinicalRoles.Planner);

        using var response = await client.PostAsync($"/api/v1/inventory/addressed?to={Uri.EscapeDataString(location)}", null);

        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }
}
