namespace ClinicalProject.ImpactFollowUp.Evaluations;

/// <summary>
/// One version of a plan's declared evaluation. Written once, never updated or deleted (the database context
/// refuses it): a change is a new version with its own author and time.
/// </summary>
public sealed class EvaluationDeclaration
{
    public Guid PlanId { get; set; }

    public int Version { get; set; }

    public EvaluationDesign Design { get; set; }

    public List<string> Outcomes { get; set; } = [];

    public DateOnly InterventionDate { get; set; }

    public required ExpectedEffect ExpectedEffect { get; set; }

    public int? NeweyWestLag { get; set; }

    public bool SmallSampleCorrection { get; set; }

    /// <summary>The plan's territories when declared (the treated group).</summary>
    public List<string> TreatedTerritories { get; set; } = [];

    /// <summary>The outcomes' comparison territories when declared (union).</summary>
    public List<string> ComparisonTerritories { get; set; } = [];

    /// <summary>How many post-intervention values of the outcomes the service held when this was declared: 0 proves "before the results".</summary>
    public int PostInterventionPointsSeen { get; set; }

    public string? Reason { get; set; }

    public required string DeclaredBy { get; set; }

    public DateTime DeclaredAtUtc { get; set; }

    public int PlanVersion { get; set; }

    public EvaluationDeclarationDto ToDto() => new(
        PlanId, Version, Design, Outcomes, InterventionDate, ExpectedEffect, NeweyWestLag, SmallSampleCorrection,
        TreatedTerritories, ComparisonTerritories, PostInterventionPointsSeen, Reason, DeclaredBy,
        DateTime.SpecifyKind(DeclaredAtUtc, DateTimeKind.Utc), PlanVersion);
}
