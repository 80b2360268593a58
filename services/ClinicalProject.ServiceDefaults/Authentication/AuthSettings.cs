using Microsoft.Extensions.Configuration;

namespace ClinicalProject.ServiceDefaults.Authentication;

/// <summary>
/// The <c>Auth</c> configuration section, shared by every service and the gateway.
/// </summary>
/// <param name="Authority">OpenID Connect issuer (<c>Auth:Authority</c>); its discovery document gives the signing keys.</param>
/// <param name="Audience">The audience tokens must carry (<c>Auth:Audience</c>).</param>
/// <param name="SigningKey">A symmetric signing key (<c>Auth:SigningKey</c>, at least 32 bytes of UTF-8) used when no authority is set.</param>
/// <param name="RoleClaim">The claim holding the roles (<c>Auth:RoleClaim</c>).</param>
/// <param name="RequireHttpsMetadata">Whether the authority's metadata must come over HTTPS (<c>Auth:RequireHttpsMetadata</c>).</param>
public sealed record AuthSettings(string? Authority, string Audience, string? SigningKey, string RoleClaim, bool RequireHttpsMetadata)
{
    public const string SectionName = "Auth";
    public const string DefaultAudience = "clinicalproject";
    public const string DefaultRoleClaim = "roles";

    /// <summary>The issuer of tokens signed with a symmetric key (the built-in development key or <c>Auth:SigningKey</c>).</summary>
    public const string LocalIssuer = "clinicalproject-local";

    public static AuthSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        return new AuthSettings(
            NullIfBlank(section["Authority"]),
            NullIfBlank(section["Audience"]) ?? DefaultAudience,
            NullIfBlank(section["SigningKey"]),
            NullIfBlank(section["RoleClaim"]) ?? DefaultRoleClaim,
            !bool.TryParse(section["RequireHttpsMetadata"], out var https) || https);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
