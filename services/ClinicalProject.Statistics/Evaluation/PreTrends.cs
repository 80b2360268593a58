namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// The pre-period linear trends of both groups, from Y = a + c·Treat + s·t + d·Treat·t fitted on the pre-period
/// rows with the DiD's covariance estimator: parallel trends are plausible when <see cref="Difference"/> is small
/// and its interval contains 0.
/// </summary>
/// <param name="TreatedSlope">s + d, the treated group's slope per time unit.</param>
/// <param name="ComparisonSlope">s, the comparison group's slope.</param>
/// <param name="Difference">d, treated minus comparison slope.</param>
/// <param name="TreatedPoints">Treated pre-period observations.</param>
/// <param name="ComparisonPoints">Comparison pre-period observations.</param>
public sealed record PreTrends(RegressionCoefficient TreatedSlope, RegressionCoefficient ComparisonSlope,
    RegressionCoefficient Difference, int TreatedPoints, int ComparisonPoints);
