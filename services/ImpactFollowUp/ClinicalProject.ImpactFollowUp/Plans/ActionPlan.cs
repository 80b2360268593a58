namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>
/// An action plan (DHIS2's action tracker, tied to our gaps). Its version is both its ETag and its
/// optimistic-concurrency token; every change is in <see cref="PlanAuditEntry"/>, every status change in
/// <see cref="PlanStatusChange"/>.
/// </summary>
public sealed class ActionPlan
{
    public Guid Id { get; set; }

    /// <summary>An optional key chosen by the caller (a loader's), unique: posting the same plan again is recognised.</summary>
    public string? Reference { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public int Program { get; set; }

    public List<GapReference> Gaps { get; set; } = [];

    public List<string> Territories { get; set; } = [];

    public required CoManagement CoManagement { get; set; }

    public string? ClinicalModel { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Planned;

    public List<EvidenceLink> Evidence { get; set; } = [];

    public List<FollowedIndicator> Indicators { get; set; } = [];

    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }
}
