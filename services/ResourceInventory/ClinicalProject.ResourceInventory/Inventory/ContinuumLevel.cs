namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>The levels of a program's continuum of services.</summary>
public enum ContinuumLevel
{
    PromotionPrevention,
    FirstLine,
    SecondLine,
    ThirdLine,
    RehabilitationLongTermSupport,
    EndOfLife,
}
