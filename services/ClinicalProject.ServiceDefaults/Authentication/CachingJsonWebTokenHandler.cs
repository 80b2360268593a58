using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClinicalProject.ServiceDefaults.Authentication;

/// <summary>
/// A JSON web token handler that remembers the tokens it has validated, so the same token sent again (a
/// dashboard sends one token with every request) is not parsed and its signature not checked each time.
/// An entry is used only for the exact same token text, only while the token is within its lifetime (with
/// the configured clock skew), and for at most <see cref="MaxAge"/> after it was validated: a signing key
/// withdrawn by the identity provider stops being honoured within that time. Each use gets its own copy of
/// the claims identity, so nothing a request adds to its identity reaches another request. Invalid tokens
/// are never remembered.
/// </summary>
public sealed class CachingJsonWebTokenHandler(TimeProvider time) : JsonWebTokenHandler
{
    /// <summary>How long a validation is trusted, at most.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    /// <summary>Entries kept at most; when full, the cache starts over.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _validated = new(StringComparer.Ordinal);

    public CachingJsonWebTokenHandler()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Tokens currently remembered (for tests and diagnostics).</summary>
    public int Count => _validated.Count;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow();
        if (token is not null && _validated.TryGetValue(token, out var entry))
        {
            if (now < entry.Until)
            {
                return entry.Reuse();
            }

            _validated.TryRemove(new KeyValuePair<string, Entry>(token, entry));
        }

        var result = await base.ValidateTokenAsync(token!, validationParameters);
        if (result.IsValid && result.SecurityToken is JsonWebToken jwt && result.ClaimsIdentity is { } identity)
        {
            var until = now + MaxAge;
            if (validationParameters.ValidateLifetime && jwt.ValidTo != DateTime.MinValue)
            {
                var expires = new DateTimeOffset(DateTime.SpecifyKind(jwt.ValidTo, DateTimeKind.Utc)) + validationParameters.ClockSkew;
                until = expires < until ? expires : until;
            }

            if (_validated.Count >= Capacity)
            {
                _validated.Clear();
            }

            _validated[token!] = new Entry(until, jwt, identity.Clone(), result.Issuer, result.TokenType);
        }

        return result;
    }

    private sealed record Entry(DateTimeOffset Until, JsonWebToken Token, System.Security.Claims.ClaimsIdentity Identity, string? Issuer, string? TokenType)
    {
        public TokenValidationResult Reuse() => new()
        {
            IsValid = true,
            SecurityToken = Token,
            ClaimsIdentity = Identity.Clone(),
            Issuer = Issuer,
            TokenType = TokenType,
        };
    }
}
