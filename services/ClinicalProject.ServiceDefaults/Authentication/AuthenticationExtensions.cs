using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace ClinicalProject.ServiceDefaults.Authentication;

/// <summary>
/// JWT bearer authentication and the role policies, the same in every service and in the gateway (the
/// gateway checks a token, and the service behind it checks it again).
/// </summary>
public static class AuthenticationExtensions
{
    /// <summary>Environments where the built-in development key is accepted.</summary>
    public static readonly IReadOnlyList<string> DevelopmentEnvironments = [Environments.Development, "Testing"];

    /// <summary>
    /// Tokens from <c>Auth:Authority</c> (OpenID Connect discovery) for <c>Auth:Audience</c>; without an
    /// authority, tokens signed with <c>Auth:SigningKey</c>, or in Development/Testing with the built-in
    /// <see cref="DevelopmentTokens.BuiltInSigningKey"/>. Outside those environments, starting with neither an
    /// authority nor a key of one's own fails. Registers the policies <c>viewer</c>, <c>analyst</c>,
    /// <c>planner</c>, <c>admin</c> and the fallback <see cref="DefaultAccessRequirement"/>.
    /// </summary>
    public static TBuilder AddDefaultAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var settings = AuthSettings.From(builder.Configuration);
        // The build-time OpenAPI generator runs in whatever environment the build has and serves no request: the
        // built-in key lets it start (nothing it signs or checks leaves the build).
        var development = DevelopmentEnvironments.Any(builder.Environment.IsEnvironment) || OpenApi.OpenApiDocumentGeneration.IsRunning;
        var signingKey = ResolveSigningKey(settings, development, builder.Environment.EnvironmentName);
        builder.Services.AddSingleton(settings);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Claims keep their JWT names (sub, roles), whatever the identity provider.
                options.MapInboundClaims = false;
                // The gateway forwards the Authorization header itself; nothing reads a saved copy.
                options.SaveToken = false;
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new CachingJsonWebTokenHandler { MapInboundClaims = false });
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateAudience = true,
                    ValidAudience = settings.Audience,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "sub",
                    RoleClaimType = settings.RoleClaim,
                };
                if (settings.Authority is not null)
                {
                    options.Authority = settings.Authority;
                    options.Audience = settings.Audience;
                    options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                }
                else
                {
                    options.TokenValidationParameters.ValidIssuer = AuthSettings.LocalIssuer;
                    options.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.SecurityKey(signingKey!);
                }
            });

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServiceTokenProvider>();
        builder.Services.AddSingleton<IAuthorizationHandler, DefaultAccessRequirement>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ClinicalRoles.Viewer, RolePolicy(ClinicalRoles.Viewer))
            .AddPolicy(ClinicalRoles.Analyst, RolePolicy(ClinicalRoles.Analyst))
            .AddPolicy(ClinicalRoles.Planner, RolePolicy(ClinicalRoles.Planner))
            .AddPolicy(ClinicalRoles.Admin, RolePolicy(ClinicalRoles.Admin))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new DefaultAccessRequirement())
                .Build());
        return builder;
    }

    /// <summary>The symmetric key to validate with, or null when an authority is configured.</summary>
    public static string? ResolveSigningKey(AuthSettings settings, bool developmentEnvironment, string environmentName)
    {
        if (settings.Authority is not null)
        {
            return null;
        }

        var key = settings.SigningKey;
        if (!developmentEnvironment && (key is null || key == DevelopmentTokens.BuiltInSigningKey))
        {
            throw new InvalidOperationException(
                $"The {environmentName} environment needs Auth:Authority (an OpenID Connect issuer) and Auth:Audience, "
                + "or a signing key of its own in Auth:SigningKey: the built-in development key is public and is accepted "
                + $"only in {string.Join(" and ", DevelopmentEnvironments)}.");
        }

        return key ?? DevelopmentTokens.BuiltInSigningKey;
    }

    private static AuthorizationPolicy RolePolicy(string policy) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireRole(ClinicalRoles.Satisfying(policy))
        .Build();
}
