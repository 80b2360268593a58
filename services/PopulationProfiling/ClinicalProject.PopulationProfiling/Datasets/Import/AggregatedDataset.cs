using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Territories;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>A whole file, validated and aggregated: what gets stored.</summary>
public sealed record AggregatedDataset(
    DatasetKind Kind,
    string HierarchyVersion,
    TerritoryLevel BaseLevel,
    int TerritoryCount,
    long RowCount,
    IReadOnlyList<AggregatedSlice> Slices)
{
    public long TotalCount => Slices.Sum(s => s.Total);

    /// <summary>SHA-256 of the aggregate: the same counts give the same hash, whatever the file looked like.</summary>
    public string ContentHash()
    {
        using var hasher = new ContentHasher();
        hasher.Add(WireNames<DatasetKind>.Name(Kind)).Add(HierarchyVersion).Add(BaseLevel.ToName());
        foreach (var slice in Slices)
        {
            hasher.Add(slice.Period).Add(slice.IndicatorCode).Add(slice.Cells);
        }

        return hasher.Finish();
    }
}
