using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.ClinicalModels;

/// <summary>Which organisations run (or will run) a clinical model where, and whether to keep, reinforce or start it.</summary>
public sealed class Collaboration : InventoryEntity
{
    public Guid ClinicalModelId { get; set; }

    public List<Guid> OrganizationIds { get; set; } = [];

    public List<string> TerritoryCodes { get; set; } = [];

    public int? Program { get; set; }

    public CollaborationDecision Decision { get; set; }

    public string? Notes { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
