using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClinicalProject.ServiceDefaults.Authentication;

/// <summary>
/// Tokens for development, tests and local runs, signed with a symmetric key instead of an identity
/// provider's: the built-in <see cref="BuiltInSigningKey"/> (accepted only in the Development and Testing
/// environments) or a key given as <c>Auth:SigningKey</c>. The token-minting command and the tests use it.
/// </summary>
public static class DevelopmentTokens
{
    /// <summary>
    /// The built-in development signing key. It is public (it is in this repository), so anyone can mint any
    /// role with it: the services and the gateway refuse to start with it outside Development and Testing.
    /// </summary>
    public const string BuiltInSigningKey = "ClinicalProject DEVELOPMENT signing key - public, never use outside Development/Testing";

    public const int MinimumKeyBytes = 32;

    public static SymmetricSecurityKey SecurityKey(string signingKey)
    {
        var bytes = Encoding.UTF8.GetBytes(signingKey);
        if (bytes.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException(
                $"Auth:SigningKey must be at least {MinimumKeyBytes} bytes of UTF-8 (HMAC-SHA256); it has {bytes.Length}.");
        }

        return new SymmetricSecurityKey(bytes) { KeyId = "clinicalproject-local" };
    }

    /// <summary>A signed JWT for <paramref name="subject"/> with <paramref name="roles"/>.</summary>
    public static string Create(
        string subject,
        IEnumerable<string> roles,
        TimeSpan? lifetime = null,
        string? signingKey = null,
        string audience = AuthSettings.DefaultAudience,
        DateTime? now = null)
    {
        var issuedAt = now ?? TimeProvider.System.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = AuthSettings.LocalIssuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + (lifetime ?? TimeSpan.FromHours(1)),
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, subject), new Claim("name", subject)]),
            Claims = new Dictionary<string, object> { [AuthSettings.DefaultRoleClaim] = roles.Distinct(StringComparer.Ordinal).ToArray() },
            SigningCredentials = new SigningCredentials(SecurityKey(signingKey ?? BuiltInSigningKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A token whose subject is the role's name, holding that one role: what most tests need.</summary>
    public static string ForRole(string role, string? signingKey = null) => Create($"dev-{role}", [role], signingKey: signingKey);

    /// <summary>A fresh random key (base64 of 48 random bytes) for a local run's <c>Auth:SigningKey</c>.</summary>
    public static string NewRandomKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
}
