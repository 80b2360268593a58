namespace ClinicalProject.ImpactFollowUp.Evaluations;

/// <summary>
/// A declared evaluation: design, outcomes (indicator codes the plan follows), intervention date, expected effect,
/// and for ITS the Newey–West options (lag: default floor(4(n/100)^(2/9)); small-sample correction n/(n−k): default on,
/// as Stata's newey; off gives statsmodels' HAC). <paramref name="Reason"/> says why a later version replaces an earlier one.
/// </summary>
public sealed record EvaluationBody(
    EvaluationDesign? Design,
    IReadOnlyList<string>? Outcomes,
    DateOnly? InterventionDate,
    ExpectedEffect? ExpectedEffect,
    int? NeweyWestLag,
    bool? SmallSampleCorrection,
    string? Reason);

/// <summary>A declaration as stored: immutable; later versions are new rows, visibly later.</summary>
public sealed record EvaluationDeclarationDto(
    Guid PlanId,
    int Version,
    EvaluationDesign Design,
    IReadOnlyList<string> Outcomes,
    DateOnly InterventionDate,
    ExpectedEffect ExpectedEffect,
    int? NeweyWestLag,
    bool SmallSampleCorrection,
    IReadOnlyList<string> TreatedTerritories,
    IReadOnlyList<string> ComparisonTerritories,
    int PostInterventionPointsSeen,
    string? Reason,
    string DeclaredBy,
    DateTime DeclaredAtUtc,
    int PlanVersion);
