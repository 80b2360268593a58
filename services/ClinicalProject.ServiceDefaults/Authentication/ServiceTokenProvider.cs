using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ClinicalProject.ServiceDefaults.Authentication;

/// <summary>
/// The token a service sends when it calls another service on its own behalf (a consumer fetching a claim
/// check, for one). With a symmetric key (local runs, tests) it mints a short <c>viewer</c> token whose
/// subject is the service's name; with an identity provider it uses the OAuth 2.0 client-credentials grant
/// (<c>Auth:ClientId</c>, <c>Auth:ClientSecret</c>, optional <c>Auth:Scope</c>; the token endpoint from the
/// authority's discovery document unless <c>Auth:TokenEndpoint</c> names it).
/// Tokens are reused until a minute before they expire.
/// </summary>
public sealed class ServiceTokenProvider(AuthSettings settings, IConfiguration configuration, IHostEnvironment environment, IHttpClientFactory httpClients,
    TimeProvider time)
{
    public const string TokenClientName = "service-token";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTime _renewAfterUtc;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is not null && time.GetUtcNow().UtcDateTime < _renewAfterUtc)
        {
            return _token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is null || time.GetUtcNow().UtcDateTime >= _renewAfterUtc)
            {
                (_token, var expiresIn) = settings.Authority is null ? Mint() : await RequestAsync(cancellationToken);
                _renewAfterUtc = time.GetUtcNow().UtcDateTime + expiresIn - TimeSpan.FromMinutes(1);
            }

            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private (string Token, TimeSpan ExpiresIn) Mint()
    {
        var development = AuthenticationExtensions.DevelopmentEnvironments.Any(environment.IsEnvironment);
        var key = AuthenticationExtensions.ResolveSigningKey(settings, development, environment.EnvironmentName);
        var token = DevelopmentTokens.Create($"service:{environment.ApplicationName}", [ClinicalRoles.Viewer], Lifetime, key, settings.Audience);
        return (token, Lifetime);
    }

    private async Task<(string Token, TimeSpan ExpiresIn)> RequestAsync(CancellationToken cancellationToken)
    {
        var section = configuration.GetSection(AuthSettings.SectionName);
        using var http = httpClients.CreateClient(TokenClientName);
        var endpoint = section["TokenEndpoint"] ?? await DiscoverTokenEndpointAsync(http, cancellationToken);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = section["ClientId"] ?? throw new InvalidOperationException("Auth:ClientId is required to call other services when Auth:Authority is set."),
            ["client_secret"] = section["ClientSecret"] ?? throw new InvalidOperationException("Auth:ClientSecret is required to call other services when Auth:Authority is set."),
        };
        if (!string.IsNullOrWhiteSpace(section["Scope"]))
        {
            form["scope"] = section["Scope"]!;
        }

        using var response = await http.PostAsync(endpoint, new FormUrlEncodedContent(form), cancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new InvalidOperationException($"{endpoint} answered no token.");
        return (answer.AccessToken, TimeSpan.FromSeconds(Math.Max(120, answer.ExpiresIn)));
    }

    /// <summary>The <c>token_endpoint</c> of the authority's OpenID Connect discovery document.</summary>
    private async Task<string> DiscoverTokenEndpointAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var discovery = settings.Authority!.TrimEnd('/') + "/.well-known/openid-configuration";
        var document = await http.GetFromJsonAsync<DiscoveryDocument>(discovery, cancellationToken);
        return document?.TokenEndpoint ?? throw new InvalidOperationException($"{discovery} names no token_endpoint; set Auth:TokenEndpoint.");
    }

    private sealed record DiscoveryDocument([property: JsonPropertyName("token_endpoint")] string? TokenEndpoint);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
