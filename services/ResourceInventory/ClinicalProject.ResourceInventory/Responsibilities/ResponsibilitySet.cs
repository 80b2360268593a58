using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Responsibilities;

/// <summary>
/// The roles and responsibilities for one program in one territory: the co-management tandem (a
/// clinical-administrative manager and a medical manager) and the other responsibilities as a RACI.
/// </summary>
public sealed class ResponsibilitySet : InventoryEntity
{
    public int Program { get; set; }

    public string TerritoryCode { get; set; } = "";

    public Manager? ClinicalAdministrativeManager { get; set; }

    public Manager? MedicalManager { get; set; }

    public List<RaciAssignment> Assignments { get; set; } = [];

    public string? Notes { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
