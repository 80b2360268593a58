namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>One (period, indicator) block of counts, base-level territories in code order × 19 bands × 2 sexes.</summary>
public sealed record AggregatedSlice(int Period, string IndicatorCode, int[] Cells, long Total);
