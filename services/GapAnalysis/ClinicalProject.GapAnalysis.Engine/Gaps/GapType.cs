namespace ClinicalProject.GapAnalysis.Engine.Gaps;

/// <summary>The kinds of gap, the same words as the inventory's clinical models use.</summary>
public enum GapType
{
    Accessibility,
    Capacity,
    Continuity,
    Quality,
}
