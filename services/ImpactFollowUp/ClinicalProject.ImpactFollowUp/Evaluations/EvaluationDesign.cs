namespace ClinicalProject.ImpactFollowUp.Evaluations;

/// <summary>How a plan's effect is estimated (domain.md, impact follow-up).</summary>
public enum EvaluationDesign
{
    /// <summary>Segmented regression of the treated series: level and slope change.</summary>
    InterruptedTimeSeries,

    /// <summary>Segmented regression of the treated minus the comparison series.</summary>
    ControlledInterruptedTimeSeries,

    /// <summary>Treated vs comparison, before vs after: the interaction is the effect.</summary>
    DifferenceInDifferences,
}
