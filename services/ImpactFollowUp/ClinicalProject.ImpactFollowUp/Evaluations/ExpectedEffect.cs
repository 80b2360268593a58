namespace ClinicalProject.ImpactFollowUp.Evaluations;

/// <summary>
/// The effect the planners expect, said before the results are seen: its measure (level change, slope change
/// per period, or the DiD interaction), its size in the indicator's units (negative for a decrease), and in words.
/// </summary>
public sealed record ExpectedEffect(EffectMeasure? Measure, double? Size, string? Description);

public enum EffectMeasure
{
    LevelChange,
    SlopeChange,
    DifferenceInDifferences,
}
