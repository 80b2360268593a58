using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.DemoLoader;

/// <summary>The gateway as the loader calls it: one client per role, every answer checked.</summary>
public sealed class DemoGateway(Uri address, string? signingKey)
{
    public const string Author = "demo-loader";

    public Uri Address { get; } = address;

    public static DemoGateway FromEnvironment()
    {
        var address = Environment.GetEnvironmentVariable("services__gateway__http__0")
            ?? throw new DemoLoadException("services__gateway__http__0 is not set: run the loader from the app host, or set it to the gateway's address.");
        return new DemoGateway(new Uri(address.TrimEnd('/') + "/"), Environment.GetEnvironmentVariable("Auth__SigningKey"));
    }

    /// <summary>A client of the gateway with a token for <paramref name="role"/> (subject <see cref="Author"/>).</summary>
    public HttpClient Client(string role)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.Create(Author, [role], signingKey: signingKey));
        return client;
    }

    /// <summary>Sends, and returns the JSON answer when its status is one of <paramref name="accepted"/>.</summary>
    public static async Task<(int Status, JsonNode? Body)> SendAsync(
        HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken, params int[] accepted)
    {
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        if (!accepted.Contains(status))
        {
            throw new DemoLoadException($"{request.Method} {request.RequestUri} answered {status}: {text}");
        }

        return (status, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>GET with <c>Cache-Control: no-cache</c> (the gateway's cache must not answer a poll).</summary>
    public static async Task<JsonNode?> GetFreshAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken) : null;
    }

    /// <summary>Polls <paramref name="condition"/> every half second until it holds or <paramref name="timeout"/> passes.</summary>
    public static async Task WaitUntilAsync(Func<CancellationToken, Task<bool>> condition, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (!await condition(deadline.Token))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DemoLoadException($"{what} did not happen within {timeout.TotalSeconds:0} s.");
        }
    }
}
