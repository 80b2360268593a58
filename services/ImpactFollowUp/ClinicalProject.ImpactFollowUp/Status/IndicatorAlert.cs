namespace ClinicalProject.ImpactFollowUp.Status;

/// <summary>An indicator that went off track (announced by <c>IndicatorOffTrack</c>), kept for the alert list.</summary>
public sealed class IndicatorAlert
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public int PlanVersion { get; set; }

    public required string IndicatorCode { get; set; }

    public IndicatorStatus From { get; set; }

    public IndicatorStatus To { get; set; }

    public int StatusVersion { get; set; }

    public required string Reason { get; set; }

    public DateTime RaisedAtUtc { get; set; }
}
