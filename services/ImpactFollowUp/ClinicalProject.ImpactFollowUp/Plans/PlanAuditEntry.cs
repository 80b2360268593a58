namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>One change of a plan: who (the token's subject), when, the version it produced, and each field's old and new value.</summary>
public sealed class PlanAuditEntry
{
    public long Id { get; set; }

    public Guid PlanId { get; set; }

    public int Version { get; set; }

    public required string Action { get; set; }

    public required string ChangedBy { get; set; }

    public DateTime ChangedAtUtc { get; set; }

    /// <summary>JSON object: field → <c>{ "from": …, "to": … }</c>.</summary>
    public required string Changes { get; set; }
}
