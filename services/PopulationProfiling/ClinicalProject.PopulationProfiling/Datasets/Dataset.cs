using ClinicalProject.PopulationProfiling.Territories;

namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>
/// An imported dataset version, aggregated on import into dense age-sex blocks (<see cref="DatasetSlice"/>) at
/// its base level. Immutable: the same (kind, version) can only be imported again with the same content.
/// </summary>
public sealed class Dataset
{
    public Guid Id { get; init; }

    public DatasetKind Kind { get; init; }

    public required string Version { get; init; }

    public required string HierarchyVersion { get; init; }

    /// <summary>The level of every territory of the file (DAs, typically; RLS for the MSSS estimates).</summary>
    public TerritoryLevel BaseLevel { get; init; }

    /// <summary>SHA-256 of the aggregated content: row order, file format and single-year vs band rows do not change it.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Data rows read from the file.</summary>
    public long RowCount { get; init; }

    /// <summary>The sum of every count (people or events).</summary>
    public long TotalCount { get; init; }

    /// <summary>Periods held, ascending, comma-separated ("2016,2021").</summary>
    public required string Periods { get; init; }

    /// <summary>Indicator codes held, comma-separated; empty for populations.</summary>
    public required string IndicatorCodes { get; init; }

    public DateTime ImportedAtUtc { get; init; }
}
