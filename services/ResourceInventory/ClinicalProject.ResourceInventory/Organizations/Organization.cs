using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Organizations;

public sealed class Organization : InventoryEntity
{
    public string Name { get; set; } = "";

    public string? AlternateName { get; set; }

    public OrganizationKind Type { get; set; }

    public string? Description { get; set; }

    public Guid? ParentOrganizationId { get; set; }

    public string? Identifier { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public List<Phone> Phones { get; set; } = [];

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
