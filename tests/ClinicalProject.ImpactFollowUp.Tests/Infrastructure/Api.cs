using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

/// <summary>Calls the impact API as a client would.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = ImpactJson.Options;

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string route, object body, string? ifMatch = null, string? author = null)
    {
        var request = new HttpRequestMessage(method, route) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (author is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Create(author, [ClinicalRoles.Planner]));
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string route, string csv) =>
        client.PostAsync(route, new StringContent(csv, Encoding.UTF8, "text/csv"));

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string route)
    {
        var response = await client.GetAsync(route);
        Assert.True(response.IsSuccessStatusCode, $"GET {route} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    /// <summary>Sends and requires success; returns the body.</summary>
    public static async Task<JsonNode> OkAsync(this Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>The field names of a validation problem's errors (asserting it is a 400 problem document).</summary>
    public static async Task<string[]> ProblemFieldsAsync(this HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        return problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
    }

    public static string? ETag(this HttpResponseMessage response) => response.Headers.ETag?.ToString();
}
