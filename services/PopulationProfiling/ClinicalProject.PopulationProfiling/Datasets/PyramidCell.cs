using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>A count of the pyramid, or none when withheld.</summary>
public sealed record PyramidCell(long? Count, SuppressionStatus Suppression);
