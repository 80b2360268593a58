namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// What every inventory resource has: an id, a lifecycle status, a version that is both the ETag and the
/// optimistic-concurrency token, and who created and last changed it (the full trail is in <see cref="AuditEntry"/>).
/// </summary>
public abstract class InventoryEntity
{
    public Guid Id { get; set; }

    public ResourceStatus Status { get; set; } = ResourceStatus.Active;

    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = ChangeAuthor.Anonymous;

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = ChangeAuthor.Anonymous;
}
