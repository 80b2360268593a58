namespace ClinicalProject.ResourceInventory.Capacity;

/// <summary>What a capacity counts.</summary>
public enum CapacityUnit
{
    /// <summary>Full-time equivalents of staff.</summary>
    Fte,
    Beds,
    Places,
    HoursPerWeek,
    VisitsPerYear,
}
