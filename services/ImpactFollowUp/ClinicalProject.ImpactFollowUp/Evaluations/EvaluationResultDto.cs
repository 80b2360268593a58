using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.Statistics.Evaluation;

namespace ClinicalProject.ImpactFollowUp.Evaluations;

/// <summary>One outcome of a declared evaluation, run on the values held now.</summary>
/// <param name="Periods">The periods that entered the model (treated and comparison both held, for the two-group designs).</param>
/// <param name="InterventionPeriod">The first period counted as "after".</param>
/// <param name="Its">The segmented regression (ITS designs; for a controlled ITS: of the treated series alone, for reference).</param>
/// <param name="ControlledIts">Controlled ITS: the regression of treated − comparison, with each series' own.</param>
/// <param name="DifferenceInDifferences">DiD with robust errors and both groups' pre-period trends.</param>
/// <param name="Estimate">The effect measure the declaration named (level change, slope change or DiD), as estimated.</param>
/// <param name="Message">Why no estimate was made, when none was.</param>
public sealed record OutcomeEvaluationDto(
    string Indicator,
    EvaluationDesign Design,
    PeriodKind? PeriodKind,
    IReadOnlyList<string> Periods,
    IReadOnlyList<double> Treated,
    IReadOnlyList<double>? Comparison,
    string? InterventionPeriod,
    ItsResult? Its,
    ControlledItsResult? ControlledIts,
    DidResult? DifferenceInDifferences,
    EffectEstimateDto? Estimate,
    string? Message);

/// <summary>
/// The declared effect measure as estimated, with its interval, p-value and method, next to what was expected.
/// </summary>
public sealed record EffectEstimateDto(
    EffectMeasure Measure,
    double Value,
    double LowerCi,
    double UpperCi,
    double Confidence,
    double? PValue,
    string Method,
    double? Expected,
    bool? ExpectedWithinInterval);

public sealed record EvaluationResultsDto(Guid PlanId, int DeclarationVersion, DateTime DeclaredAtUtc, string DeclaredBy, IReadOnlyList<OutcomeEvaluationDto> Outcomes);
