using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Sites;

public sealed class Site : InventoryEntity
{
    public string Name { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public SiteKind Type { get; set; }

    public string? Description { get; set; }

    public Address? Address { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Territories the site declares it serves (a mobile team's or a virtual site's area).</summary>
    public List<string> ServesTerritories { get; set; } = [];

    /// <summary>
    /// Derived: the territories containing the site's point (lowest first, with their ancestors) and those it
    /// serves, from the hierarchy version in <see cref="TerritoryHierarchyVersion"/>.
    /// </summary>
    public List<string> TerritoryCodes { get; set; } = [];

    public string? TerritoryHierarchyVersion { get; set; }

    public string? AccessibilityNotes { get; set; }

    public string? Transportation { get; set; }

    public string? Url { get; set; }

    public List<Phone> Phones { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
