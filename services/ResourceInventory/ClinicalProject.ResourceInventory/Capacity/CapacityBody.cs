namespace ClinicalProject.ResourceInventory.Capacity;

/// <summary>A capacity measurement as submitted and read.</summary>
/// <param name="SiteId">The site, or none for the service as a whole.</param>
public sealed record CapacityBody(
    Guid? ServiceId,
    CapacityUnit? Unit,
    decimal? Value,
    DateOnly? AsOf,
    Guid? SiteId = null,
    decimal? Maximum = null,
    string? Description = null);
