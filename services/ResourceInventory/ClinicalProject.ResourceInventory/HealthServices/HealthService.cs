using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.HealthServices;

/// <summary>A service offered to the population (HSDS <c>service</c>).</summary>
public sealed class HealthService : InventoryEntity
{
    public string Name { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public string? AlternateName { get; set; }

    public string? Description { get; set; }

    public int Program { get; set; }

    public ContinuumLevel Level { get; set; }

    public string? ServiceType { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public string? EligibilityDescription { get; set; }

    public List<string> Languages { get; set; } = [];

    public List<WeeklyHours> Schedules { get; set; } = [];

    public List<DeliveryMode> DeliveryModes { get; set; } = [];

    public List<Guid> SiteIds { get; set; } = [];

    public string? Email { get; set; }

    public string? Url { get; set; }

    public string? ApplicationProcess { get; set; }

    public List<Phone> Phones { get; set; } = [];

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
