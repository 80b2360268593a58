using System.Security.Claims;
using ClinicalProject.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace ClinicalProject.Gateway.Tests;

/// <summary>
/// The token handler of the gateway and the services remembers validated tokens. A validation made with the
/// right key is reused while it may be (seen by validating again with a key that would refuse the token);
/// lifetime, the one-minute bound, other tokens and invalid tokens are not short-circuited.
/// </summary>
public sealed class CachingTokenHandlerTests
{
    private static readonly string RightKey = DevelopmentTokens.NewRandomKey();
    private static readonly string OtherKey = DevelopmentTokens.NewRandomKey();

    [Fact]
    public async Task The_same_token_is_validated_once_and_each_request_gets_its_own_identity()
    {
        var clock = new ManualClock();
        var handler = new CachingJsonWebTokenHandler(clock) { MapInboundClaims = false };
        var token = DevelopmentTokens.Create("alice", [ClinicalRoles.Planner], signingKey: RightKey);

        var first = await handler.ValidateTokenAsync(token, Parameters(RightKey));
        Assert.True(first.IsValid, first.Exception?.Message);
        var second = await handler.ValidateTokenAsync(token, Parameters(OtherKey));
        Assert.True(second.IsValid, "a validated token is not checked again within its minute");
        Assert.Equal(1, handler.Count);

        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal("alice", second.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.True(new ClaimsPrincipal(second.ClaimsIdentity).IsInRole(ClinicalRoles.Planner));

        second.ClaimsIdentity.AddClaim(new Claim("roles", ClinicalRoles.Admin));
        var third = await handler.ValidateTokenAsync(token, Parameters(RightKey));
        Assert.False(new ClaimsPrincipal(third.ClaimsIdentity).IsInRole(ClinicalRoles.Admin), "a claim added by one request must not reach the next");
    }

    [Fact]
    public async Task A_remembered_validation_ends_after_one_minute()
    {
        var clock = new ManualClock();
        var handler = new CachingJsonWebTokenHandler(clock) { MapInboundClaims = false };
        var token = DevelopmentTokens.Create("alice", [ClinicalRoles.Viewer], signingKey: RightKey);
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(RightKey))).IsValid);

        clock.Advance(CachingJsonWebTokenHandler.MaxAge - TimeSpan.FromSeconds(1));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
        clock.Advance(TimeSpan.FromSeconds(1));
        var refused = await handler.ValidateTokenAsync(token, Parameters(OtherKey));
        Assert.False(refused.IsValid, "after a minute the token's signature is checked again");
        Assert.IsAssignableFrom<SecurityTokenInvalidSignatureException>(refused.Exception);
    }

    [Fact]
    public async Task A_remembered_validation_ends_when_the_token_expires()
    {
        var clock = new ManualClock();
        var handler = new CachingJsonWebTokenHandler(clock) { MapInboundClaims = false };
        var token = DevelopmentTokens.Create("alice", [ClinicalRoles.Viewer], lifetime: TimeSpan.FromSeconds(40), signingKey: RightKey);
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(RightKey))).IsValid);

        // Expiry (40 s) plus the clock skew (10 s here) comes before the one-minute bound.
        clock.Advance(TimeSpan.FromSeconds(49));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
    }

    [Fact]
    public async Task Invalid_tokens_are_not_remembered_and_other_tokens_are_validated_on_their_own()
    {
        var handler = new CachingJsonWebTokenHandler(new ManualClock()) { MapInboundClaims = false };
        var forged = DevelopmentTokens.Create("mallory", [ClinicalRoles.Admin], signingKey: OtherKey);
        Assert.False((await handler.ValidateTokenAsync(forged, Parameters(RightKey))).IsValid);
        Assert.Equal(0, handler.Count);

        var alice = DevelopmentTokens.Create("alice", [ClinicalRoles.Viewer], signingKey: RightKey);
        Assert.True((await handler.ValidateTokenAsync(alice, Parameters(RightKey))).IsValid);
        Assert.False((await handler.ValidateTokenAsync(forged, Parameters(RightKey))).IsValid);

        var tampered = alice[..^2] + (alice[^2] == 'A' ? "B" : "A") + alice[^1];
        Assert.False((await handler.ValidateTokenAsync(tampered, Parameters(RightKey))).IsValid);
        Assert.Equal(1, handler.Count);
    }

    private static TokenValidationParameters Parameters(string key) => new()
    {
        ValidIssuer = AuthSettings.LocalIssuer,
        ValidAudience = AuthSettings.DefaultAudience,
        IssuerSigningKey = DevelopmentTokens.SecurityKey(key),
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromSeconds(10),
        RoleClaimType = AuthSettings.DefaultRoleClaim,
        NameClaimType = "sub",
    };

    /// <summary>Starts at the real time (the tokens are minted with it) and moves only when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
