namespace ClinicalProject.GapAnalysis.Engine.Equity;

/// <summary>
/// How to compute SII and RII (PHEindicatormethods' <c>phe_sii</c> arguments).
/// </summary>
/// <param name="ValueType">The indicator's kind (scale of the standard errors and of the simulation).</param>
/// <param name="Transform">
/// Fit the regression on the ln (rates) or logit (proportions) scale and transform back (PHE's
/// <c>transform = TRUE</c>); otherwise the regression is on the values themselves.
/// </param>
/// <param name="Multiplier">Scales SII and its limits (e.g. 100 for percentages); a negative one flips the polarity and RII is inverted.</param>
/// <param name="Confidence">Two-sided level of the simulated interval, a fraction (0.95).</param>
/// <param name="Repetitions">Simulated draws (≥ 1000; PHE's default 100,000).</param>
/// <param name="Seed">Seed of the simulation: the same inputs and seed give the same limits.</param>
public sealed record InequalityOptions(
    InequalityValueType ValueType = InequalityValueType.Normal,
    bool Transform = false,
    double Multiplier = 1,
    double Confidence = 0.95,
    int Repetitions = 100_000,
    int Seed = 20_190_101);
