namespace ClinicalProject.ServiceDefaults.Authentication;

/// <summary>
/// The suite's roles, as they appear in a token's <c>roles</c> claim, and the named policies of the same
/// names. Policies nest: <c>admin</c> satisfies every policy; <c>analyst</c> and <c>planner</c> each satisfy
/// <c>viewer</c>; <c>analyst</c> and <c>planner</c> do not satisfy each other.
/// </summary>
public static class ClinicalRoles
{
    /// <summary>Reads every public resource.</summary>
    public const string Viewer = "viewer";

    /// <summary>Imports data and runs profile jobs (population profiling).</summary>
    public const string Analyst = "analyst";

    /// <summary>Maintains the inventory, runs analyses, records action plans.</summary>
    public const string Planner = "planner";

    /// <summary>Everything, administrative operations included.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Planner, Admin];

    /// <summary>The roles that satisfy the policy <paramref name="policy"/> (a role name).</summary>
    public static IReadOnlyList<string> Satisfying(string policy) => policy switch
    {
        Viewer => [Viewer, Analyst, Planner, Admin],
        Analyst => [Analyst, Admin],
        Planner => [Planner, Admin],
        Admin => [Admin],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, $"Unknown policy; expected one of: {string.Join(", ", All)}."),
    };
}
