using ClinicalProject.Statistics;
using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.PopulationProfiling.Engine.Results;

/// <summary>One cell's figures as they may be shown: <see cref="Count"/> and the estimates are null when withheld.</summary>
/// <param name="Count">The count, or null when suppressed.</param>
/// <param name="Denominator">The denominator (population figures are published by the service anyway).</param>
/// <param name="At95">The figure with its 95 % interval, or null (suppressed or not calculated).</param>
/// <param name="At998">The figure with its 99.8 % interval, or null.</param>
/// <param name="Status">Whether the figure was computed.</param>
/// <param name="Suppression">Why it is withheld, if it is.</param>
public sealed record PublishedFigure(double? Count, double Denominator, Estimate? At95, Estimate? At998,
    MeasureStatus Status, SuppressionStatus Suppression);
