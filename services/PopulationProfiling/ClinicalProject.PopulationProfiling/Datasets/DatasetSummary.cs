using ClinicalProject.PopulationProfiling.Territories;

namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>A stored dataset: what it covers and its totals per period (and indicator).</summary>
public sealed record DatasetSummary(
    Guid Id,
    DatasetKind Kind,
    string Version,
    string HierarchyVersion,
    string BaseLevel,
    long RowCount,
    long TotalCount,
    IReadOnlyList<int> Periods,
    IReadOnlyList<string> Indicators,
    string ContentHash,
    DateTimeOffset ImportedAt,
    IReadOnlyList<DatasetSliceTotal> Totals)
{
    public static DatasetSummary From(Dataset dataset, IEnumerable<DatasetSliceTotal> totals) => new(
        dataset.Id, dataset.Kind, dataset.Version, dataset.HierarchyVersion, dataset.BaseLevel.ToName(), dataset.RowCount, dataset.TotalCount,
        DatasetLists.ParsePeriods(dataset.Periods), DatasetLists.ParseCodes(dataset.IndicatorCodes), dataset.ContentHash,
        new DateTimeOffset(DateTime.SpecifyKind(dataset.ImportedAtUtc, DateTimeKind.Utc)), totals.ToList());
}
