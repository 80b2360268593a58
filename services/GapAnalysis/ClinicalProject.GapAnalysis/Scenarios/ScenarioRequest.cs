namespace ClinicalProject.GapAnalysis.Scenarios;

/// <summary>A planner's proposed changes, applied in order to an analysis's inputs.</summary>
public sealed record ScenarioRequest(IReadOnlyList<ScenarioChange>? Changes);

/// <summary>
/// One change. <c>add-capacity</c>: siteId, program, amount (in the program's supply unit; negative removes, never
/// below 0). <c>open-site</c>: latitude, longitude, program, amount, optional level (default first-line),
/// organizationId and name. <c>close-site</c>: siteId. <c>add-corridor</c>: program, level, fromOrganizationId,
/// toOrganizationId.
/// </summary>
public sealed record ScenarioChange(
    string? Kind,
    Guid? SiteId,
    int? Program,
    double? Amount,
    double? Latitude,
    double? Longitude,
    string? Level,
    Guid? OrganizationId,
    string? Name,
    Guid? FromOrganizationId,
    Guid? ToOrganizationId);
