using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Capacity;

/// <summary>
/// The capacity of a service at a site, in one unit, as of a date. Records are kept: a new measurement is a new
/// record with its own as-of date, so the history of a service's capacity is the list of its records; the
/// current capacity is the latest as-of date per service, site and unit.
/// </summary>
public sealed class CapacityRecord : InventoryEntity
{
    public Guid ServiceId { get; set; }

    public Guid? SiteId { get; set; }

    public CapacityUnit Unit { get; set; }

    public decimal Value { get; set; }

    /// <summary>The largest value the unit can reach, when it is not the value itself (HSDS <c>maximum</c>).</summary>
    public decimal? Maximum { get; set; }

    public DateOnly AsOf { get; set; }

    public string? Description { get; set; }
}
