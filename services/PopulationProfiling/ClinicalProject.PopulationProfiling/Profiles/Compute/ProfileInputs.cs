using System.Buffers;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.StandardPopulations;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.Statistics;
using Microsoft.EntityFrameworkCore;
using Engine = ClinicalProject.PopulationProfiling.Engine;
using Stats = ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Profiles.Compute;

/// <summary>
/// Builds what the engine computes from, out of a job's stored datasets: the territory tree cut at the
/// datasets' base level (its territories are the engine's leaves, in code order, so a slice's territory index
/// is the leaf id), the population cube, the deprivation quintile of each leaf, and an indicator's counts.
/// </summary>
public static class ProfileInputs
{
    /// <summary>The model every partition of a job shares.</summary>
    public static async Task<Engine.Inputs.ProfileModel> LoadModelAsync(ProfilingDbContext db, ProfileJob job, CancellationToken cancellationToken)
    {
        var population = await db.Datasets.AsNoTracking().SingleAsync(d => d.Id == job.PopulationDatasetId, cancellationToken);
        var tree = await TerritoryTree.LoadAsync(db, job.HierarchyVersion, cancellationToken)
                   ?? throw new InvalidOperationException($"Hierarchy {job.HierarchyVersion} of job {job.Id} is gone.");
        var engineTree = EngineTree(tree, population.BaseLevel);
        var periods = DatasetLists.ParsePeriods(job.Periods);
        var cube = new Engine.Inputs.LeafCube<double>(periods.Count, engineTree.LeafCount, Strata.PerTerritory);
        for (var p = 0; p < periods.Count; p++)
        {
            var cells = await DatasetHandlers.LoadCellsAsync(db, population.Id, periods[p], string.Empty, cancellationToken)
                        ?? throw new InvalidOperationException($"Population {population.Version} has no period {periods[p]}.");
            for (var leaf = 0; leaf < cells.Length / Strata.PerTerritory; leaf++)
            {
                var row = cube.Row(p, leaf);
                var source = cells.AsSpan(leaf * Strata.PerTerritory, Strata.PerTerritory);
                for (var s = 0; s < row.Length; s++)
                {
                    row[s] = source[s];
                }
            }
        }

        byte[]? quintiles = null;
        if (job.DeprivationVersion is { } deprivation && population.BaseLevel == TerritoryLevel.Da)
        {
            quintiles = new byte[engineTree.LeafCount];
            var scores = await db.DeprivationScores.AsNoTracking().Where(s => s.IndexVersion == deprivation)
                .Select(s => new { s.DaCode, s.MaterialQuintile }).ToListAsync(cancellationToken);
            foreach (var score in scores)
            {
                if (engineTree.IndexOf(score.DaCode) is var leaf and >= 0 && engineTree.IsLeaf(leaf))
                {
                    quintiles[leaf] = score.MaterialQuintile;
                }
            }
        }

        return new Engine.Inputs.ProfileModel(engineTree, Engine.Inputs.StrataLayout.European2013BySex,
            periods.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), cube, quintiles: quintiles);
    }

    /// <summary>One indicator's counts over the model's periods and leaves.</summary>
    public static async Task<Engine.Inputs.IndicatorData> LoadIndicatorAsync(
        ProfilingDbContext db, ProfileJob job, Engine.Inputs.ProfileModel model, Indicator indicator, CancellationToken cancellationToken)
    {
        var definition = await DefinitionAsync(db, indicator, cancellationToken);
        var periods = DatasetLists.ParsePeriods(job.Periods).ToList();
        if (indicator.NumeratorSource == NumeratorSource.Population)
        {
            // A share of the population: people in the numerator's ages over people in the denominator's.
            var numerators = PopulationCounts(model, AgeBands.Range(indicator.NumeratorAgeFrom, indicator.NumeratorAgeTo));
            var denominators = PopulationCounts(model, AgeBands.Range(indicator.DenominatorAgeFrom, indicator.DenominatorAgeTo));
            return new Engine.Inputs.IndicatorData(definition, numerators, indicator.MeasureType == MeasureType.Proportion ? denominators : null);
        }

        var datasetIds = DatasetLists.ParseCodes(job.NumeratorDatasetIds).Select(Guid.Parse).ToList();
        var slices = await db.DatasetSlices.AsNoTracking()
            .Where(s => datasetIds.Contains(s.DatasetId) && s.IndicatorCode == indicator.Code && periods.Contains(s.Period))
            .Select(s => new { s.Period, s.TerritoryCount, s.Cells })
            .ToListAsync(cancellationToken);
        var cube = new Engine.Inputs.LeafCube<int>(periods.Count, model.Tree.LeafCount, Strata.PerTerritory);
        foreach (var slice in slices)
        {
            var p = periods.IndexOf(slice.Period);
            var length = slice.TerritoryCount * Strata.PerTerritory;
            var cells = ArrayPool<int>.Shared.Rent(length);
            try
            {
                SliceCodec.DecodeInto(slice.Cells, cells.AsSpan(0, length));
                for (var leaf = 0; leaf < slice.TerritoryCount; leaf++)
                {
                    var row = cube.Row(p, leaf);
                    var source = cells.AsSpan(leaf * Strata.PerTerritory, Strata.PerTerritory);
                    for (var s = 0; s < row.Length; s++)
                    {
                        row[s] += source[s];
                    }
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(cells);
            }
        }

        return new Engine.Inputs.IndicatorData(definition, cube);
    }

    private static async Task<Engine.Inputs.IndicatorDefinition> DefinitionAsync(ProfilingDbContext db, Indicator indicator, CancellationToken cancellationToken)
    {
        Stats.StandardPopulation? standard = null;
        if (indicator.StandardPopulationCode is { } code && code != StandardPopulationCatalogue.European2013Code)
        {
            var stored = await db.StandardPopulations.AsNoTracking().SingleAsync(s => s.Code == code, cancellationToken);
            standard = new Stats.StandardPopulation(stored.Code, AgeBands.Labels, StandardPopulationCatalogue.ParseWeights(stored.Weights));
        }

        // Counts cover the population at risk: both restricted to its ages (all ages: no restriction).
        IReadOnlyList<string>? bands = null;
        if (indicator.NumeratorSource == NumeratorSource.Counts && (indicator.DenominatorAgeFrom is not null || indicator.DenominatorAgeTo is not null))
        {
            var (first, last) = AgeBands.Range(indicator.DenominatorAgeFrom, indicator.DenominatorAgeTo);
            bands = AgeBands.Labels.Skip(first).Take(last - first + 1).ToArray();
        }

        return new Engine.Inputs.IndicatorDefinition(indicator.Code, indicator.MeasureType, indicator.Multiplier,
            indicator.Polarity, standard, bands);
    }

    private static Engine.Inputs.LeafCube<int> PopulationCounts(Engine.Inputs.ProfileModel model, (int First, int Last) bands)
    {
        var population = model.Population;
        var cube = new Engine.Inputs.LeafCube<int>(population.Periods, population.Leaves, population.Strata);
        for (var p = 0; p < population.Periods; p++)
        {
            for (var leaf = 0; leaf < population.Leaves; leaf++)
            {
                for (var s = bands.First * Strata.Sexes; s < (bands.Last + 1) * Strata.Sexes; s++)
                {
                    cube[p, leaf, s] = (int)population[p, leaf, s];
                }
            }
        }

        return cube;
    }

    /// <summary>The hierarchy from the province down to <paramref name="baseLevel"/>, base-level territories first (leaf id = code order).</summary>
    public static Engine.Territories.TerritoryTree EngineTree(TerritoryTree tree, TerritoryLevel baseLevel)
    {
        var nodes = new List<Engine.Territories.TerritoryNode>();
        foreach (var index in tree.OfLevel(baseLevel).Concat(Enumerable.Range(0, tree.Count).Where(i => tree.Levels[i] < baseLevel)))
        {
            var parent = tree.Parents[index];
            nodes.Add(new Engine.Territories.TerritoryNode(tree.Codes[index], tree.Levels[index].ToName(), parent < 0 ? null : tree.Codes[parent]));
        }

        return new Engine.Territories.TerritoryTree(nodes);
    }
}
