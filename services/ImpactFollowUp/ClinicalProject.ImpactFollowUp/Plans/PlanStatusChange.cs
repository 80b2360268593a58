namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>One step of a plan's status history.</summary>
public sealed class PlanStatusChange
{
    public long Id { get; set; }

    public Guid PlanId { get; set; }

    public PlanStatus? From { get; set; }

    public PlanStatus To { get; set; }

    public string? Reason { get; set; }

    public int PlanVersion { get; set; }

    public required string ChangedBy { get; set; }

    public DateTime ChangedAtUtc { get; set; }
}
