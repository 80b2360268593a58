using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.Profiles.Compute;
using ClinicalProject.PopulationProfiling.Profiles.Queries;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Engine = ClinicalProject.PopulationProfiling.Engine;

namespace ClinicalProject.PopulationProfiling.Profiles.GapInputs;

/// <summary>
/// <c>GET /profiles/{profile}/gap-inputs</c>: the bulk read gap analysis makes when a profile is computed (one
/// call instead of one per territory). Expected users per area are the need projector's expected counts with an
/// ancestor's rates applied to the area's own population (now) and to its projected population.
/// </summary>
public static class GapInputsHandlers
{
    public static async Task<Results<Ok<GapInputsDto>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Get(
        ProfilingDbContext db, HttpContext context, string profile, string[]? indicator, string? rates, string? projection, int? projectedPeriod,
        CancellationToken cancellationToken)
    {
        var job = await ProfileReference.ResolveAsync(db, profile, cancellationToken);
        if (job is null)
        {
            return ProfileReference.NotFound(profile);
        }

        var invalid = new Dictionary<string, string[]>();
        var held = DatasetLists.ParseCodes(job.IndicatorCodes);
        var wanted = (indicator ?? []).Distinct(StringComparer.Ordinal).ToList();
        var catalogue = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);
        var unusable = wanted.Where(code => !held.Contains(code) || catalogue[code].MeasureType == MeasureType.Mean).ToList();
        if (unusable.Count > 0)
        {
            invalid["indicator"] = [$"Indicators of this profile that are counts, rates or proportions (not means): {string.Join(", ", unusable)} are not."];
        }

        if (!TerritoryLevels.TryParse(rates ?? "rls", out var ratesLevel))
        {
            invalid["rates"] = [$"The level whose rates to apply: {string.Join(", ", TerritoryLevels.Names)}."];
        }

        var population = await db.Datasets.AsNoTracking().SingleAsync(d => d.Id == job.PopulationDatasetId, cancellationToken);
        Dataset? projected = null;
        if (projection is not null)
        {
            projected = await db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == DatasetKind.Projection && d.Version == projection, cancellationToken);
            if (projected is null || projected.HierarchyVersion != job.HierarchyVersion || projected.BaseLevel != population.BaseLevel)
            {
                invalid["projection"] = [$"A projection dataset of hierarchy {job.HierarchyVersion} by {population.BaseLevel.ToName()}."];
            }
            else if (projectedPeriod is not { } p || !DatasetLists.ParsePeriods(projected.Periods).Contains(p))
            {
                invalid["projectedPeriod"] = [$"A period of projection {projection}: {projected.Periods}."];
            }
        }
        else if (projectedPeriod is not null)
        {
            invalid["projectedPeriod"] = ["Only with a projection."];
        }

        if (ratesLevel > population.BaseLevel)
        {
            invalid["rates"] = [$"A level from province to {population.BaseLevel.ToName()}."];
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        if (ETags.SetAndCheckNotModified(context, ProfileReference.ETag(job, context.Request)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var periods = DatasetLists.ParsePeriods(job.Periods);
        var period = periods[^1];
        var tree = (await TerritoryTree.LoadAsync(db, job.HierarchyVersion, cancellationToken))!;
        var members = tree.OfLevel(population.BaseLevel);
        var now = await StrataAsync(db, population, period, tree, members, cancellationToken);
        var later = projected is null ? null : await StrataAsync(db, projected, projectedPeriod!.Value, tree, members, cancellationToken);

        var model = await ProfileInputs.LoadModelAsync(db, job, cancellationToken);
        var ratesFrom = new Engine.Projection.ProjectionRates(ratesLevel.ToName());
        var expectedNow = new List<IReadOnlyDictionary<string, double>>();
        var expectedLater = new List<IReadOnlyDictionary<string, double>>();
        foreach (var code in wanted)
        {
            var input = await ProfileInputs.LoadIndicatorAsync(db, job, model, catalogue[code], cancellationToken);
            expectedNow.Add(Expected(model, input, periods.Count - 1, now, ratesFrom));
            if (later is not null)
            {
                expectedLater.Add(Expected(model, input, periods.Count - 1, later, ratesFrom));
            }
        }

        var quintiles = job.DeprivationVersion is { } deprivation
            ? await db.DeprivationScores.AsNoTracking().Where(s => s.IndexVersion == deprivation)
                .ToDictionaryAsync(s => s.DaCode, s => (int)s.MaterialQuintile, StringComparer.Ordinal, cancellationToken)
            : [];
        var areas = now.Keys.Order(StringComparer.Ordinal).Select(code => new GapInputAreaDto(
            code,
            now[code].Sum(),
            quintiles.TryGetValue(code, out var q) && q is >= 1 and <= 5 ? q : null,
            later?[code].Sum(),
            expectedNow.Select(e => e[code]).ToList(),
            later is null ? null : expectedLater.Select(e => e[code]).ToList())).ToList();

        var baseLevelName = population.BaseLevel.ToName();
        // DAs' own figures are many and mostly suppressed: whole territories above them only. A coarser base (the
        // MSSS estimates by RLS) keeps its own level, the one gaps are found at.
        var wholeTerritories = db.ProfileValues.AsNoTracking().Where(v => v.JobId == job.Id && v.Quintile == 0 && v.Period == period);
        if (population.BaseLevel == TerritoryLevel.Da)
        {
            wholeTerritories = wholeTerritories.Where(v => v.Level != baseLevelName);
        }

        var figures = (await wholeTerritories.OrderBy(v => v.IndicatorCode).ThenBy(v => v.TerritoryCode).ToListAsync(cancellationToken))
            .Select(v => new GapInputFigureDto(v.IndicatorCode, v.TerritoryCode, v.Level, v.Period, catalogue[v.IndicatorCode].Polarity,
                ServiceProgramList.Parse(catalogue[v.IndicatorCode].ServicePrograms), v.Value, v.Lower95, v.Upper95, v.Method, v.VersusParent, v.VersusProvince))
            .ToList();
        var figureTerritories = figures.Select(f => f.Territory).ToHashSet(StringComparer.Ordinal);
        var trends = (await db.ProfileTrends.AsNoTracking().Where(t => t.JobId == job.Id)
                .OrderBy(t => t.IndicatorCode).ThenBy(t => t.TerritoryCode).ToListAsync(cancellationToken))
            .Where(t => figureTerritories.Contains(t.TerritoryCode))
            .Select(t => new GapInputTrendDto(t.IndicatorCode, t.TerritoryCode, t.Direction, t.PValue, t.Periods))
            .ToList();

        return TypedResults.Ok(new GapInputsDto(job.Id, job.Sequence, job.HierarchyVersion, population.Version, population.ContentHash,
            job.DeprivationVersion, period, baseLevelName, ratesLevel.ToName(),
            projected is null ? null : new GapInputProjectionDto(projected.Version, projected.ContentHash, projectedPeriod!.Value),
            wanted, areas, figures, trends));
    }

    private static IReadOnlyDictionary<string, double> Expected(Engine.Inputs.ProfileModel model, Engine.Inputs.IndicatorData input, int basePeriod,
        IReadOnlyDictionary<string, double[]> populations, Engine.Projection.ProjectionRates rates) =>
        Engine.Projection.NeedProjector.Project(model, input, basePeriod, populations, rates)
            .ToDictionary(n => n.TerritoryCode, n => n.ExpectedCount, StringComparer.Ordinal);

    /// <summary>Each base-level area's population per stratum in one period of a dataset.</summary>
    private static async Task<Dictionary<string, double[]>> StrataAsync(ProfilingDbContext db, Dataset dataset, int period, TerritoryTree tree,
        IReadOnlyList<int> members, CancellationToken cancellationToken)
    {
        var cells = await DatasetHandlers.LoadCellsAsync(db, dataset.Id, period, string.Empty, cancellationToken)
                    ?? throw new InvalidOperationException($"Dataset {dataset.Version} has no period {period}.");
        var strata = new Dictionary<string, double[]>(members.Count, StringComparer.Ordinal);
        for (var local = 0; local < members.Count; local++)
        {
            var row = new double[Strata.PerTerritory];
            for (var s = 0; s < row.Length; s++)
            {
                row[s] = cells[(local * Strata.PerTerritory) + s];
            }

            strata[tree.Codes[members[local]]] = row;
        }

        return strata;
    }
}
