namespace ClinicalProject.ResourceInventory.ClinicalModels;

/// <summary>The kinds of gap the gap analysis finds, which a clinical model may address.</summary>
public enum GapType
{
    Accessibility,
    Capacity,
    Continuity,
    Quality,
}
