namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>One change of one resource: who, when, which version it produced, and each field's old and new value.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    public Guid ResourceId { get; set; }

    public int Version { get; set; }

    public required string Action { get; set; }

    public required string ChangedBy { get; set; }

    public DateTime ChangedAtUtc { get; set; }

    /// <summary>JSON object: field name → <c>{ "from": …, "to": … }</c> (for a creation, every field's value as "to").</summary>
    public required string Changes { get; set; }
}
