using System.Runtime.InteropServices;
using System.Security.Cryptography;
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

    /// <summary>
    /// SHA-256 of the aggregate: the same counts give the same hash, whatever the file looked like. Each block
    /// is hashed on its own (in parallel: a Quebec event dataset is 300 MB of counts), then the list of them.
    /// </summary>
    public string ContentHash()
    {
        var blocks = new string[Slices.Count];
        Parallel.For(0, Slices.Count, i => blocks[i] = Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(Slices[i].Cells.AsSpan()))));
        using var hasher = new ContentHasher();
        hasher.Add(WireNames<DatasetKind>.Name(Kind)).Add(HierarchyVersion).Add(BaseLevel.ToName());
        for (var i = 0; i < Slices.Count; i++)
        {
            hasher.Add(Slices[i].Period).Add(Slices[i].IndicatorCode).Add(blocks[i]);
        }

        return hasher.Finish();
    }
}
