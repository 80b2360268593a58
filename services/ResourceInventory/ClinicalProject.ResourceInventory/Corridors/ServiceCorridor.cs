using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Corridors;

/// <summary>An agreed referral path from one establishment to another, for a program and a level of its continuum.</summary>
public sealed class ServiceCorridor : InventoryEntity
{
    public string Name { get; set; } = "";

    public int Program { get; set; }

    public ContinuumLevel Level { get; set; }

    public Guid FromOrganizationId { get; set; }

    public Guid ToOrganizationId { get; set; }

    public Guid? AgreementId { get; set; }

    public string? Description { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
