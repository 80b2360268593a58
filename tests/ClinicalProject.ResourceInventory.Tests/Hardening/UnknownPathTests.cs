using System.Net;
using System.Text;
using System.Text.Json;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;

namespace ClinicalProject.ResourceInventory.Tests.Hardening;

/// <summary>
/// Issue 14, defect 10: a write to a path with no endpoint answered 403 (the fallback policy judged it as an
/// unnamed write endpoint), and 404s had no problem body. Every method now gets a 404 problem; without a token
/// it is still 401.
/// </summary>
public sealed class UnknownPathTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Theory]
    [InlineData("GET", ClinicalRoles.Viewer)]
    [InlineData("POST", ClinicalRoles.Viewer)]
    [InlineData("PUT", ClinicalRoles.Planner)]
    [InlineData("DELETE", ClinicalRoles.Planner)]
    [InlineData("PATCH", TestTokens.NoSuiteRole)]
    public async Task A_path_with_no_endpoint_answers_a_404_problem_for_every_method(string method, string role)
    {
        using var client = factory.CreateClient().WithRole(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), "/no-such-resource/42");
        if (method != "GET")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Without_a_token_a_path_with_no_endpoint_is_still_401()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;

        using var response = await client.PostAsync("/no-such-resource/42", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
