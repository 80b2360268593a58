namespace ClinicalProject.ImpactFollowUp.Status;

/// <summary>Where a followed indicator stands (the rule is in <see cref="StatusRule"/> and the service's README).</summary>
public enum IndicatorStatus
{
    /// <summary>Too few points since the plan started to project a trajectory (fewer than <see cref="StatusRule.MinimumPoints"/>).</summary>
    NotAssessed,
    OnTrack,
    AtRisk,
    OffTrack,
}
