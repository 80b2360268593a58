using System.Net;
using System.Text.Json.Nodes;
using ClinicalProject.Testing;

namespace ClinicalProject.GapAnalysis.Tests.Infrastructure;

public static class Http
{
    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string route)
    {
        using var response = await client.GetAsync(route);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {route}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static Task<bool> WaitForAsync(Func<Task<bool>> condition, double seconds = 20) =>
        Polling.UntilAsync(condition, TimeSpan.FromSeconds(seconds));
}
