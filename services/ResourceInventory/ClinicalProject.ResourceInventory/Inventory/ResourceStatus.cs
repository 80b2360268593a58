namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>A resource is active until it is retired; a retired resource stays readable, with its history.</summary>
public enum ResourceStatus
{
    Active,
    Retired,
}
