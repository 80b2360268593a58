using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.ClinicalModels;

/// <summary>A model of care in the catalogue the partners choose from to fill gaps.</summary>
public sealed class ClinicalModel : InventoryEntity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<int> Programs { get; set; } = [];

    public List<GapType> GapTypes { get; set; } = [];

    public List<string> EvidenceReferences { get; set; } = [];
}
