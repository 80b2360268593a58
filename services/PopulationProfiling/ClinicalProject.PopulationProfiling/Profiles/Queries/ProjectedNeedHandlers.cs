using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.Profiles.Compute;
using ClinicalProject.PopulationProfiling.Territories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Engine = ClinicalProject.PopulationProfiling.Engine;

namespace ClinicalProject.PopulationProfiling.Profiles.Queries;

/// <summary>
/// <c>GET /profiles/{profile}/projected-need</c>: applies a profile's base-period rates to a projection dataset's
/// population of a future period, for the territories of a level (or one territory), with the engine's
/// <see cref="Engine.Projection.NeedProjector"/>.
/// </summary>
public static class ProjectedNeedHandlers
{
    public static async Task<Results<Ok<IReadOnlyList<ProjectedNeedDto>>, ValidationProblem, ProblemHttpResult>> Get(
        ProfilingDbContext db, string profile, string indicator, string projection, int period, int? basePeriod, string? level, string? territory,
        string? rates, CancellationToken cancellationToken)
    {
        var job = await ProfileReference.ResolveAsync(db, profile, cancellationToken);
        if (job is null)
        {
            return ProfileReference.NotFound(profile);
        }

        var invalid = new Dictionary<string, string[]>();
        var periods = DatasetLists.ParsePeriods(job.Periods);
        var chosenBase = basePeriod ?? periods[^1];
        var catalogue = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Code == indicator, cancellationToken);
        if (catalogue is null || !DatasetLists.ParseCodes(job.IndicatorCodes).Contains(indicator))
        {
            invalid["indicator"] = ["An indicator of this profile."];
        }
        else if (catalogue.MeasureType == MeasureType.Mean)
        {
            invalid["indicator"] = ["A mean has no rate to project."];
        }

        if (!periods.Contains(chosenBase))
        {
            invalid["basePeriod"] = [$"A period of this profile: {job.Periods}."];
        }

        var tree = await TerritoryTree.LoadAsync(db, job.HierarchyVersion, cancellationToken);
        var projected = await db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == DatasetKind.Projection && d.Version == projection, cancellationToken);
        var population = await db.Datasets.AsNoTracking().SingleAsync(d => d.Id == job.PopulationDatasetId, cancellationToken);
        if (projected is null || projected.HierarchyVersion != job.HierarchyVersion || projected.BaseLevel != population.BaseLevel)
        {
            invalid["projection"] = [$"A projection dataset of hierarchy {job.HierarchyVersion} by {population.BaseLevel.ToName()}."];
        }

        var targets = Targets(tree!, population.BaseLevel, level, territory, invalid);
        if (rates is not null && rates != "own" && !TerritoryLevels.TryParse(rates, out _))
        {
            invalid["rates"] = [$"'own', or the level whose rates to apply: {string.Join(", ", TerritoryLevels.Names)}."];
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var cells = await DatasetHandlers.LoadCellsAsync(db, projected!.Id, period, string.Empty, cancellationToken);
        if (cells is null)
        {
            return ValidationProblems.NotFound($"Projection {projection} has no period {period}; it holds {projected.Periods}.");
        }

        var model = await ProfileInputs.LoadModelAsync(db, job, cancellationToken);
        var input = await ProfileInputs.LoadIndicatorAsync(db, job, model, catalogue!, cancellationToken);
        var populations = targets.ToDictionary(t => tree!.Codes[t], t => RolledUp(tree!, population.BaseLevel, cells, t), StringComparer.Ordinal);
        var ratesFrom = rates is null or "own" ? Engine.Projection.ProjectionRates.Own
            : new Engine.Projection.ProjectionRates(TerritoryLevels.TryParse(rates, out var ratesLevel) ? ratesLevel.ToName() : rates);
        var needs = Engine.Projection.NeedProjector.Project(model, input, periods.ToList().IndexOf(chosenBase), populations, ratesFrom);
        var withheld = job.SuppressionThreshold;
        return TypedResults.Ok<IReadOnlyList<ProjectedNeedDto>>(needs.Select(need =>
        {
            var small = need.BaseCount < withheld;
            var ownRates = need.RatesFrom == need.TerritoryCode;
            return new ProjectedNeedDto(need.TerritoryCode, tree!.Levels[tree.TryGetIndex(need.TerritoryCode, out var index) ? index : 0].ToName(), indicator,
                need.RatesFrom, chosenBase, small ? null : need.BaseCount, need.BasePopulation, period, need.ProjectedPopulation,
                small && ownRates ? null : need.ExpectedCount, small ? null : need.Change);
        }).ToList());
    }

    private static List<int> Targets(TerritoryTree tree, TerritoryLevel baseLevel, string? level, string? territory, Dictionary<string, string[]> invalid)
    {
        if (territory is not null)
        {
            if (tree.TryGetIndex(territory, out var index) && tree.Levels[index] <= baseLevel)
            {
                return [index];
            }

            invalid["territory"] = [$"A territory at the {baseLevel.ToName()} level or above."];
            return [];
        }

        if (!TerritoryLevels.TryParse(level ?? "rls", out var chosen) || chosen > baseLevel)
        {
            invalid["level"] = [$"A level from province to {baseLevel.ToName()}."];
            return [];
        }

        return [.. tree.OfLevel(chosen)];
    }

    /// <summary>The projected population of a territory per stratum: its base-level members' rows added up.</summary>
    private static double[] RolledUp(TerritoryTree tree, TerritoryLevel baseLevel, int[] cells, int target)
    {
        var sum = new double[Strata.PerTerritory];
        var members = tree.OfLevel(baseLevel);
        for (var local = 0; local < members.Count; local++)
        {
            if (tree.AncestorAt(members[local], tree.Levels[target]) == target)
            {
                for (var s = 0; s < sum.Length; s++)
                {
                    sum[s] += cells[(local * Strata.PerTerritory) + s];
                }
            }
        }

        return sum;
    }
}
