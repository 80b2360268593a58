namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>
/// One period (and indicator) of a dataset: the counts of every base-level territory × age band × sex as one
/// compressed block of 32-bit integers (<see cref="SliceCodec"/>), territories in code order. A whole Quebec
/// slice is 13,600 × 38 cells: stored and loaded in one piece, never row by row.
/// </summary>
public sealed class DatasetSlice
{
    public Guid DatasetId { get; init; }

    public int Period { get; init; }

    /// <summary>The indicator's code; empty for population datasets.</summary>
    public required string IndicatorCode { get; init; }

    /// <summary>How many base-level territories the block covers (a check against the hierarchy).</summary>
    public int TerritoryCount { get; init; }

    public long Total { get; init; }

    public required byte[] Cells { get; init; }
}
