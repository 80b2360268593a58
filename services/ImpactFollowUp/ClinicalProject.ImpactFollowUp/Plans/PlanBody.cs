namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>What a planner writes (POST creates, PUT replaces): everything but the status, which has its own endpoint.</summary>
public sealed record PlanBody(
    string? Reference,
    string? Title,
    string? Description,
    int? Program,
    IReadOnlyList<GapReference>? Gaps,
    IReadOnlyList<string>? Territories,
    CoManagement? CoManagement,
    string? ClinicalModel,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<EvidenceLink>? Evidence,
    IReadOnlyList<FollowedIndicator>? Indicators);

/// <summary>A plan as the API returns it.</summary>
public sealed record PlanDto(
    Guid Id,
    string? Reference,
    string Title,
    string? Description,
    int Program,
    IReadOnlyList<GapReference> Gaps,
    IReadOnlyList<string> Territories,
    CoManagement CoManagement,
    string? ClinicalModel,
    DateOnly StartDate,
    DateOnly? EndDate,
    PlanStatus Status,
    IReadOnlyList<EvidenceLink> Evidence,
    IReadOnlyList<FollowedIndicator> Indicators,
    int Version,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc,
    string UpdatedBy);

/// <summary>A status change request: the new status, why, and (to start a plan) its declared evaluation.</summary>
public sealed record StatusChangeBody(PlanStatus? Status, string? Reason, Evaluations.EvaluationBody? Evaluation);

public sealed record StatusChangeDto(PlanStatus? From, PlanStatus To, string? Reason, int PlanVersion, string ChangedBy, DateTime ChangedAtUtc);

public sealed record PlanAuditDto(int Version, string Action, string ChangedBy, DateTime ChangedAtUtc, System.Text.Json.JsonElement Changes);
