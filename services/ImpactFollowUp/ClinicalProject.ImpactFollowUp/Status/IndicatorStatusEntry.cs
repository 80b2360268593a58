namespace ClinicalProject.ImpactFollowUp.Status;

/// <summary>The current status of one followed indicator of one plan, with the reasons the rule gave.</summary>
public sealed class IndicatorStatusEntry
{
    public Guid PlanId { get; set; }

    public required string IndicatorCode { get; set; }

    public IndicatorStatus Status { get; set; }

    /// <summary>Increases with every change of status.</summary>
    public int StatusVersion { get; set; }

    public double? ProjectedValue { get; set; }

    public int PointsSinceStart { get; set; }

    public required string Reason { get; set; }

    public DateTime SinceUtc { get; set; }

    public DateTime AssessedAtUtc { get; set; }
}
