using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.Statistics.Suppression;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>
/// <c>GET /datasets/{kind}/{version}/pyramid</c>: sums the base-level territories under the requested one
/// (never averages), then applies the small-cell rule to the 19 × 2 table with its margins, so no withheld cell
/// can be recovered from a published total.
/// </summary>
public static class PyramidHandlers
{
    public static async Task<Results<Ok<PyramidDto>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Get(
        ProfilingDbContext db, HttpContext context, IOptions<ProfilingOptions> options, string kind, string version, string territory, int period,
        CancellationToken cancellationToken)
    {
        var dataset = await DatasetHandlers.FindAsync(db, kind, version, cancellationToken);
        if (dataset is null || dataset.Kind is not (DatasetKind.Population or DatasetKind.Projection))
        {
            return ValidationProblems.NotFound($"No population or projection dataset '{kind}/{version}'.");
        }

        var tree = await TerritoryTree.LoadAsync(db, dataset.HierarchyVersion, cancellationToken);
        if (tree is null || !tree.TryGetIndex(territory, out var target) || tree.Levels[target] > dataset.BaseLevel)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["territory"] = [$"A territory of hierarchy {dataset.HierarchyVersion} at the {dataset.BaseLevel.ToName()} level or above."],
            });
        }

        if (ETags.SetAndCheckNotModified(context, $"{dataset.ContentHash[..16]}-{territory}-{period}-{options.Value.SuppressionThreshold}"))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var cells = await DatasetHandlers.LoadCellsAsync(db, dataset.Id, period, string.Empty, cancellationToken);
        if (cells is null)
        {
            return ValidationProblems.NotFound($"Dataset {version} has no period {period}; it holds {dataset.Periods}.");
        }

        // Interior cells band × sex, then band totals, sex totals and the grand total (AdditiveStructure.ForTable).
        var table = new double[(AgeBands.Count * Strata.Sexes) + AgeBands.Count + Strata.Sexes + 1];
        var members = tree.OfLevel(dataset.BaseLevel);
        for (var local = 0; local < members.Count; local++)
        {
            if (tree.AncestorAt(members[local], tree.Levels[target]) != target)
            {
                continue;
            }

            for (var stratum = 0; stratum < Strata.PerTerritory; stratum++)
            {
                table[stratum] += cells[(local * Strata.PerTerritory) + stratum];
            }
        }

        for (var band = 0; band < AgeBands.Count; band++)
        {
            for (var sex = 0; sex < Strata.Sexes; sex++)
            {
                var count = table[(band * Strata.Sexes) + sex];
                table[(AgeBands.Count * Strata.Sexes) + band] += count;
                table[(AgeBands.Count * Strata.Sexes) + AgeBands.Count + sex] += count;
                table[^1] += count;
            }
        }

        var status = SmallCellSuppression.Apply(table, AdditiveStructure.ForTable(AgeBands.Count, Strata.Sexes),
            new SmallCellRule(options.Value.SuppressionThreshold));
        PyramidCell Cell(int index) => status[index] == SuppressionStatus.Published ? new((long)table[index], status[index]) : new(null, status[index]);
        var bandTotals = AgeBands.Count * Strata.Sexes;
        var bands = Enumerable.Range(0, AgeBands.Count)
            .Select(band => new PyramidBand(AgeBands.Label(band), Cell(band * Strata.Sexes), Cell((band * Strata.Sexes) + 1), Cell(bandTotals + band)))
            .ToList();
        return TypedResults.Ok(new PyramidDto(dataset.Kind, dataset.Version, territory, tree.Levels[target].ToName(), period,
            Cell(table.Length - 1), Cell(bandTotals + AgeBands.Count), Cell(bandTotals + AgeBands.Count + 1), bands));
    }
}
