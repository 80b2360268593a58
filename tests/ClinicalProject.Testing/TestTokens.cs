using System.Net.Http.Headers;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Testing;

/// <summary>Bearer tokens for tests, minted with the built-in development key (or a key the test gives).</summary>
public static class TestTokens
{
    /// <summary>A role the suite does not know: an authenticated caller that satisfies no policy.</summary>
    public const string NoSuiteRole = "guest";

    public static AuthenticationHeaderValue Bearer(string role, string? signingKey = null) =>
        new("Bearer", DevelopmentTokens.ForRole(role, signingKey));

    /// <summary>Sends <paramref name="role"/>'s token with every request of <paramref name="client"/>.</summary>
    public static HttpClient WithRole(this HttpClient client, string role, string? signingKey = null)
    {
        client.DefaultRequestHeaders.Authorization = Bearer(role, signingKey);
        return client;
    }

    /// <summary>Roles that must be refused by <paramref name="policy"/>, written out from the documented nesting.</summary>
    public static IReadOnlyList<string> RolesRefusedBy(string policy) => policy switch
    {
        ClinicalRoles.Viewer => [NoSuiteRole],
        ClinicalRoles.Analyst => [NoSuiteRole, ClinicalRoles.Viewer, ClinicalRoles.Planner],
        ClinicalRoles.Planner => [NoSuiteRole, ClinicalRoles.Viewer, ClinicalRoles.Analyst],
        ClinicalRoles.Admin => [NoSuiteRole, ClinicalRoles.Viewer, ClinicalRoles.Analyst, ClinicalRoles.Planner],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };

    /// <summary>Roles that must be let through by <paramref name="policy"/>, written out from the documented nesting.</summary>
    public static IReadOnlyList<string> RolesAllowedBy(string policy) => policy switch
    {
        ClinicalRoles.Viewer => [ClinicalRoles.Viewer, ClinicalRoles.Analyst, ClinicalRoles.Planner, ClinicalRoles.Admin],
        ClinicalRoles.Analyst => [ClinicalRoles.Analyst, ClinicalRoles.Admin],
        ClinicalRoles.Planner => [ClinicalRoles.Planner, ClinicalRoles.Admin],
        ClinicalRoles.Admin => [ClinicalRoles.Admin],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };
}
