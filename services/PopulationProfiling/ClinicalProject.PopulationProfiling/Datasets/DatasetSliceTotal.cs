namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>The total count of one period (and indicator) of a dataset, all territories, ages and sexes.</summary>
public sealed record DatasetSliceTotal(int Period, string? Indicator, long Total);
