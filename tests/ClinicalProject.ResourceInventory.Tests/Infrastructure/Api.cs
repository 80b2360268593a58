using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.ResourceInventory.Tests.Infrastructure;

/// <summary>Calls the inventory API as a client would.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = InventoryJson.Options;

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string route, object body, string? author = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = JsonContent.Create(body, options: Json) };
        As(request, author);

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PutAsync(this HttpClient client, string route, object body, string? ifMatch, string? author = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, route) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        As(request, author);
        return client.SendAsync(request);
    }

    /// <summary>Sends the request as planner <paramref name="author"/> (the token's subject is the audit trail's author).</summary>
    public static void As(HttpRequestMessage request, string? author)
    {
        if (author is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(
                "Bearer", DevelopmentTokens.Create(author, [ClinicalRoles.Planner]));
        }
    }

    public static Task<HttpResponseMessage> RetireAsync(this HttpClient client, string route, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, route);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>Creates a resource and returns its id (fails the test with the body when it is refused).</summary>
    public static async Task<Guid> CreateAsync(this HttpClient client, string route, object body)
    {
        var response = await client.PostAsync(route, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {route} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string route)
    {
        var response = await client.GetAsync(route);
        Assert.True(response.IsSuccessStatusCode, $"GET {route} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    /// <summary>The field names of a validation problem's errors.</summary>
    public static async Task<string[]> ErrorFieldsAsync(this HttpResponseMessage response)
    {
        var problem = await response.ReadJsonAsync();
        return problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
    }

    public static string? ETag(this HttpResponseMessage response) => response.Headers.ETag?.ToString();

    public static MediaTypeHeaderValue JsonType => new("application/json");
}
