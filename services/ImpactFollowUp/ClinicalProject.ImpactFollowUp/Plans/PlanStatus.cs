namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>A plan's lifecycle: planned → in-progress → done, or stopped from planned or in-progress.</summary>
public enum PlanStatus
{
    Planned,
    InProgress,
    Done,
    Stopped,
}
