namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// Where travel costs (minutes) come from: <see cref="GreatCircleCost"/> (distance between the points'
/// coordinates at an assumed speed) or <see cref="TravelTimeMatrix"/> (a user-supplied sparse matrix).
/// </summary>
public abstract record CostSource
{
    private protected CostSource()
    {
    }
}
