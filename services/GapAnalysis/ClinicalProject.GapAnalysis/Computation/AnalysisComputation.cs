using ClinicalProject.GapAnalysis.Engine.Accessibility;
using ClinicalProject.GapAnalysis.Engine.Capacity;
using ClinicalProject.GapAnalysis.Engine.Continuity;
using ClinicalProject.GapAnalysis.Engine.Gaps;
using ClinicalProject.GapAnalysis.Engine.Priority;
using ClinicalProject.GapAnalysis.Engine.Quality;
using ClinicalProject.GapAnalysis.Inputs;

namespace ClinicalProject.GapAnalysis.Computation;

/// <summary>
/// From inputs to ranked gaps, with the engine: per program, floating catchment accessibility of the areas
/// (demand: the program's need indicator's expected users, else the population), the gap rules at the gap level,
/// then priorities and suggestions. Deterministic: the same inputs and parameters give the same outcome.
/// </summary>
public static class AnalysisComputation
{
    public static AnalysisOutcome Compute(AnalysisInputs inputs, AnalysisParameters parameters)
    {
        var layout = AreaLayout.Build(inputs, parameters.GapLevel);
        var inventory = inputs.Inventory;
        var sitesWithPoint = inventory.Sites.Where(s => s.Latitude is not null && s.Longitude is not null).ToDictionary(s => s.Id);
        var programs = inventory.Services.Select(s => s.Program).Where(p => p is >= 1 and <= 9).Distinct().Order().ToList();
        var (cost, ignored) = Cost(inputs.Matrix, layout, sitesWithPoint, parameters);
        var reach = TerritoryReachBuilder.Build(layout, inventory, sitesWithPoint, inputs.Matrix, parameters);

        var scores = new List<ScoreRow>();
        var gaps = new List<Gap>();
        var statuses = new List<LevelStatus>();
        var summaries = new List<ProgramSummary>();
        var offers = inventory.Services.Select(s => new LevelOffer(s.Id, s.OrganizationId, s.Program, Levels.Parse(s.Level), s.SiteIds)).ToList();
        var corridors = inventory.Corridors.Select(c => new Corridor(c.Id, c.Program, Levels.Parse(c.Level), c.FromOrganizationId, c.ToOrganizationId)).ToList();
        var agreements = inventory.Agreements.Select(a => new Agreement(a.Id, a.Title, a.Program, a.Parties.Select(p => p.OrganizationId).ToList(),
            a.MaximumDelays.GroupBy(d => d.Priority).ToDictionary(g => g.Key, g => g.Min(d => d.Days)))).ToList();
        // The inventory gives, per agreement and priority, the delay of the latest reporting period.
        var reportedDelays = inventory.Agreements.SelectMany(a => (a.ReportedDelays ?? [])
            .Select(d => new ReportedDelay(a.Id, d.Priority, d.Days, d.Period))).ToList();
        foreach (var program in programs)
        {
            var settings = parameters.Programs[program];
            var need = settings.NeedIndicator is { } indicator ? IndexOf(inputs.Profile.Indicators, indicator) : -1;
            var supply = ProgramSupply.Of(program, settings.CapacityUnit, inventory);
            var supplyPoints = supply.BySite.Where(s => sitesWithPoint.ContainsKey(s.Key)).OrderBy(s => s.Key)
                .Select(s => new SupplyPoint(s.Key.ToString(), s.Value, sitesWithPoint[s.Key].Latitude!.Value, sitesWithPoint[s.Key].Longitude!.Value)).ToList();
            var demandPoints = layout.Areas.Select(a => new DemandPoint(a.Code, need >= 0 ? a.Profile.Expected[need] : a.Profile.Population, a.Latitude, a.Longitude))
                .ToList();
            var programCost = cost is TravelTimeMatrix matrix
                ? new TravelTimeMatrix(matrix.Entries.Where(e => supply.BySite.ContainsKey(Guid.Parse(e.SiteId))).ToList())
                : cost;
            var result = FloatingCatchment.Compute(demandPoints, supplyPoints, programCost, parameters.Catchment);

            var areaScores = new List<AreaScore>();
            for (var i = 0; i < layout.Areas.Count; i++)
            {
                var area = layout.Areas[i];
                var access = result.Areas[i];
                scores.Add(new ScoreRow(program, area.Code, inputs.Profile.BaseLevel, access.Demand, area.Profile.Population, access.Access,
                    access.ReachesAnySite ? 0 : area.Profile.Population, area.Latitude, area.Longitude));
                if (area.GapTerritory is { } territory)
                {
                    areaScores.Add(new AreaScore(area.Code, territory, area.Profile.Population, access.Access, access.ReachesAnySite));
                }
            }

            // When the areas are already at the gap level (the MSSS estimates are by RLS), each area is its own
            // territory and its row above is the gap level's: adding it again would store the score twice.
            var areasAreTerritories = string.Equals(inputs.Profile.BaseLevel, parameters.GapLevel, StringComparison.OrdinalIgnoreCase);
            foreach (var territory in areaScores.GroupBy(a => a.TerritoryCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                         .Where(_ => !areasAreTerritories))
            {
                var demand = territory.Sum(a => result.Areas[layout.IndexOf[a.AreaCode]].Demand);
                var (latitude, longitude) = layout.Centroid(territory.Select(a => a.AreaCode));
                scores.Add(new ScoreRow(program, territory.Key, parameters.GapLevel, demand, territory.Sum(a => a.Population),
                    AccessibilityGapRules.WeightedScore(territory), territory.Where(a => !a.Reached).Sum(a => a.Population), latitude, longitude));
            }

            gaps.AddRange(AccessibilityGapRules.Find(program, areaScores, new AccessibilityThresholds(settings.MinimumScore, settings.RegionFraction)));
            gaps.AddRange(CapacityGapRules.Find(program, Needs(layout, need, supply, inventory), settings.CapacityRegionFraction, supply.Unit));
            var required = settings.RequiredLevels.Select(Levels.Parse).ToList();
            statuses.AddRange(ContinuityRules.Statuses(program, reach, offers, corridors, agreements, required));
            gaps.AddRange(ContinuityRules.Find(program, reach, offers, corridors, agreements, required, reportedDelays));
            summaries.Add(new ProgramSummary(program, supply.Unit, need >= 0 ? settings.NeedIndicator! : "population", supplyPoints.Count, result.TotalDemand,
                result.TotalSupply, result.TotalSupplyReached, result.DemandWeightedAccess, AccessibilityGapRules.WeightedScore(areaScores),
                areaScores.Where(a => !a.Reached).Sum(a => a.Population), result.PairsInReach,
                AccessEquity.Compute(layout.Areas.Select((a, i) => (a.Profile.Population, a.Profile.Quintile, result.Areas[i].Access)))));
        }

        var populations = layout.Areas.Where(a => a.GapTerritory is not null).GroupBy(a => a.GapTerritory!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Profile.Population), StringComparer.Ordinal);
        var figures = inputs.Profile.Figures.Where(f => string.Equals(f.Level, parameters.GapLevel, StringComparison.OrdinalIgnoreCase))
            .Select(f => new IndicatorFigure(f.Indicator, f.Territory, f.Programs, f.Polarity, f.Value, f.LowerCi95, f.UpperCi95, f.VersusParent, f.VersusProvince))
            .ToList();
        var trends = inputs.Profile.Trends.Select(t => new IndicatorTrend(t.Indicator, t.Territory, t.Direction, t.PValue)).ToList();
        gaps.AddRange(QualityGapRules.Find(figures, trends, populations, programs));

        var quintiles = PriorityRanker.MeanQuintiles(layout.Areas.Where(a => a.GapTerritory is not null)
            .Select(a => new AreaDeprivation(a.GapTerritory!, a.Profile.Population, a.Profile.Quintile)));
        var models = inventory.ClinicalModels.Select(m => new ClinicalModelOffer(m.Id, m.Name, m.Programs,
            m.GapTypes.Select(t => Enum.TryParse<GapType>(t, true, out var type) ? type : (GapType?)null).OfType<GapType>().ToList())).ToList();
        var ranked = PriorityRanker.Rank(gaps, quintiles, program =>
        {
            var settings = parameters.Programs.GetValueOrDefault(program);
            return settings is null ? new PriorityWeights() : new PriorityWeights(settings.ProgramWeight, settings.DeprivationWeight);
        }, models);

        var summary = new AnalysisSummary(parameters.Method.ToString(), parameters.CatchmentMinutes,
            inputs.Matrix is null ? $"great-circle at {parameters.SpeedKmPerHour} km/h" : $"travel-time matrix {inputs.Matrix.Version}",
            parameters.GapLevel, layout.Areas.Count, layout.AreasWithoutCentroid, layout.AreasWithDerivedCentroid, layout.Areas.Count(a => a.GapTerritory is null),
            inventory.Sites.Count - sitesWithPoint.Count, ignored, summaries);
        return new AnalysisOutcome(programs, scores, ranked, statuses, summary);
    }

    private static int IndexOf(IReadOnlyList<string> indicators, string indicator)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i] == indicator)
            {
                return i;
            }
        }

        return -1;
    }

    private static (CostSource Cost, int Ignored) Cost(MatrixInput? matrix, AreaLayout layout, IReadOnlyDictionary<Guid, InventorySite> sites,
        AnalysisParameters parameters)
    {
        if (matrix is null)
        {
            return (new GreatCircleCost(parameters.SpeedKmPerHour), 0);
        }

        var usable = matrix.Entries.Where(e => layout.IndexOf.ContainsKey(e.OriginCode) && sites.ContainsKey(e.SiteId))
            .Select(e => new TravelTime(e.OriginCode, e.SiteId.ToString(), e.Minutes)).ToList();
        return (new TravelTimeMatrix(usable), matrix.Entries.Count - usable.Count);
    }

    private static List<TerritoryNeed> Needs(AreaLayout layout, int need, ProgramSupply supply, InventoryInputs inventory)
    {
        var capacityBy = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var site in inventory.Sites)
        {
            if (supply.BySite.TryGetValue(site.Id, out var value))
            {
                foreach (var territory in site.TerritoryCodes.Where(layout.GapTerritories.Contains))
                {
                    capacityBy[territory] = capacityBy.GetValueOrDefault(territory) + value;
                }
            }
        }

        return layout.Areas.Where(a => a.GapTerritory is not null).GroupBy(a => a.GapTerritory!, StringComparer.Ordinal)
            .Select(g =>
            {
                var projected = g.All(a => need >= 0 ? a.Profile.ExpectedProjected is not null : a.Profile.ProjectedPopulation is not null)
                    ? g.Sum(a => need >= 0 ? a.Profile.ExpectedProjected![need] : a.Profile.ProjectedPopulation!.Value)
                    : (double?)null;
                return new TerritoryNeed(g.Key, g.Sum(a => need >= 0 ? a.Profile.Expected[need] : a.Profile.Population), projected,
                    capacityBy.GetValueOrDefault(g.Key));
            }).ToList();
    }
}
