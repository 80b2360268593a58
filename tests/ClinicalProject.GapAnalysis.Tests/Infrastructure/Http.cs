using System.Net;
using System.Text.Json.Nodes;

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

    public static async Task<bool> WaitForAsync(Func<Task<bool>> condition, double seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
