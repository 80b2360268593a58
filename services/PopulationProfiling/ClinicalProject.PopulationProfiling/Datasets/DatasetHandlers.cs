using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>Read handlers for stored datasets.</summary>
public static class DatasetHandlers
{
    public static async Task<Results<Ok<PagedList<DatasetSummary>>, ValidationProblem>> List(
        ProfilingDbContext db, string? kind, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        var paging = Paging.From(page, pageSize, invalid);
        DatasetKind? kindFilter = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (WireNames<DatasetKind>.TryParse(kind, out var parsed))
            {
                kindFilter = parsed;
            }
            else
            {
                invalid["kind"] = [$"Unknown kind '{kind}'; expected one of: {WireNames<DatasetKind>.Expected}."];
            }
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var query = db.Datasets.AsNoTracking();
        if (kindFilter is { } wanted)
        {
            query = query.Where(d => d.Kind == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var datasets = await query.OrderByDescending(d => d.ImportedAtUtc).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var items = new List<DatasetSummary>();
        foreach (var dataset in datasets)
        {
            items.Add(DatasetSummary.From(dataset, await TotalsAsync(db, dataset.Id, cancellationToken)));
        }

        return TypedResults.Ok(PagedList<DatasetSummary>.Of(items, paging, total));
    }

    public static async Task<Results<Ok<DatasetSummary>, ProblemHttpResult>> Get(
        ProfilingDbContext db, string kind, string version, CancellationToken cancellationToken)
    {
        var dataset = await FindAsync(db, kind, version, cancellationToken);
        return dataset is null
            ? ValidationProblems.NotFound($"No {kind} dataset '{version}'.")
            : TypedResults.Ok(DatasetSummary.From(dataset, await TotalsAsync(db, dataset.Id, cancellationToken)));
    }

    public static async Task<Dataset?> FindAsync(ProfilingDbContext db, string kind, string version, CancellationToken cancellationToken) =>
        WireNames<DatasetKind>.TryParse(kind, out var parsed)
            ? await db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == parsed && d.Version == version, cancellationToken)
            : null;

    public static async Task<IReadOnlyList<DatasetSliceTotal>> TotalsAsync(ProfilingDbContext db, Guid datasetId, CancellationToken cancellationToken) =>
        (await db.DatasetSlices.AsNoTracking()
            .Where(s => s.DatasetId == datasetId)
            .OrderBy(s => s.Period).ThenBy(s => s.IndicatorCode)
            .Select(s => new { s.Period, s.IndicatorCode, s.Total })
            .ToListAsync(cancellationToken))
        .Select(s => new DatasetSliceTotal(s.Period, s.IndicatorCode.Length == 0 ? null : s.IndicatorCode, s.Total))
        .ToList();

    /// <summary>One slice's dense counts, or null when the dataset has no such period (and indicator).</summary>
    public static async Task<int[]?> LoadCellsAsync(ProfilingDbContext db, Guid datasetId, int period, string indicatorCode, CancellationToken cancellationToken)
    {
        var slice = await db.DatasetSlices.AsNoTracking()
            .Where(s => s.DatasetId == datasetId && s.Period == period && s.IndicatorCode == indicatorCode)
            .Select(s => new { s.TerritoryCount, s.Cells })
            .SingleOrDefaultAsync(cancellationToken);
        return slice is null ? null : SliceCodec.Decode(slice.Cells, slice.TerritoryCount * Strata.PerTerritory);
    }
}
