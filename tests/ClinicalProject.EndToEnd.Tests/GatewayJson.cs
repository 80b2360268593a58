using System.Net.Http.Headers;
using System.Text.Json;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>Reads JSON through the gateway, asking it not to answer from its cache.</summary>
public static class GatewayJson
{
    public static async Task<JsonDocument> GetJsonAsync(this HttpClient gateway, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var response = await gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text);
    }

    /// <summary>Polls <paramref name="condition"/> every half second until it holds; fails the test after <paramref name="timeout"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen within {timeout.TotalSeconds:0} s.");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
