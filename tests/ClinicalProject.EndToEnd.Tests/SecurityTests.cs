using System.Net;
using System.Text;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>Tokens checked at the gateway and again by each service (defence in depth), on the app host's processes.</summary>
[Collection(SuiteCollection.Name)]
public sealed class SecurityTests(SuiteFixture fixture)
{
    [Fact]
    public async Task The_gateway_refuses_callers_without_a_token_and_roles_that_may_not_write()
    {
        using var anonymous = fixture.Client(role: null);
        using var refused = await anonymous.GetAsync("api/v1/inventory/territories/hierarchies");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var viewer = fixture.Client(ClinicalRoles.Viewer);
        using var read = await viewer.GetAsync("api/v1/inventory/territories/hierarchies");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var content = new StringContent("code,level,parentCode,nameFr,nameEn\n99,province,,Québec,Quebec\n", Encoding.UTF8, "text/csv");
        using var import = await viewer.PostAsync("api/v1/profiling/territories/hierarchies/e2e-viewer", content);
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
    }

    [Fact]
    public async Task Each_service_checks_the_token_itself_and_refuses_the_public_development_key()
    {
        using var direct = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        foreach (var service in SuiteFixture.Services)
        {
            var address = new Uri(fixture.AddressOf(service), "territories/hierarchies");
            using var anonymous = await direct.GetAsync(address);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.Authorization = new("Bearer", fixture.TokenFor(ClinicalRoles.Viewer));
            using var viewer = await direct.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, viewer.StatusCode);

            // The built-in development key is public: the app host runs the services as production does, so it is refused.
            using var forged = new HttpRequestMessage(HttpMethod.Get, address);
            forged.Headers.Authorization = new("Bearer", DevelopmentTokens.ForRole(ClinicalRoles.Admin));
            using var refused = await direct.SendAsync(forged);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
    }

    [Fact]
    public async Task The_gateway_aggregates_the_real_services_openapi_documents()
    {
        using var anonymous = fixture.Client(role: null);
        using var document = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync("openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/profiling/territories/hierarchies/{version}", paths);
        Assert.Contains(paths, p => p.StartsWith("/api/v1/inventory/imports", StringComparison.Ordinal));
        foreach (var prefix in new[] { "inventory", "gaps", "impact" })
        {
            Assert.Contains($"/api/v1/{prefix}/territories/{{code}}", paths);
        }

        Assert.False(document.RootElement.TryGetProperty("x-unavailable-services", out _));
    }
}
