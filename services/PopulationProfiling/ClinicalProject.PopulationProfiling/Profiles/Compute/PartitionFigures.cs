namespace ClinicalProject.PopulationProfiling.Profiles.Compute;

/// <summary>What one partition stores: its figures (already suppressed) and its trends.</summary>
public sealed record PartitionFigures(IReadOnlyList<ProfileValue> Values, IReadOnlyList<ProfileTrend> Trends);
