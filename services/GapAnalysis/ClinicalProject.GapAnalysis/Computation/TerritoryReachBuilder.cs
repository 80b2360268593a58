using ClinicalProject.GapAnalysis.Engine.Accessibility;
using ClinicalProject.GapAnalysis.Engine.Continuity;
using ClinicalProject.GapAnalysis.Inputs;

namespace ClinicalProject.GapAnalysis.Computation;

/// <summary>
/// For continuity: the sites within reach of each gap-level territory (within the catchment of any of its areas,
/// by the analysis's costs) and those located in or serving it (the inventory's territories of the site), with
/// their organisations.
/// </summary>
public static class TerritoryReachBuilder
{
    public static IReadOnlyList<TerritoryReach> Build(AreaLayout layout, InventoryInputs inventory, IReadOnlyDictionary<Guid, InventorySite> sitesWithPoint,
        MatrixInput? matrix, AnalysisParameters parameters)
    {
        var sitesOf = layout.GapTerritories.ToDictionary(t => t, _ => new HashSet<Guid>(), StringComparer.Ordinal);
        foreach (var site in inventory.Sites)
        {
            foreach (var code in site.TerritoryCodes.Where(sitesOf.ContainsKey))
            {
                sitesOf[code].Add(site.Id);
            }
        }

        if (matrix is not null)
        {
            foreach (var entry in matrix.Entries.Where(e => e.Minutes <= parameters.CatchmentMinutes && layout.IndexOf.ContainsKey(e.OriginCode)))
            {
                if (layout.Areas[layout.IndexOf[entry.OriginCode]].GapTerritory is { } territory)
                {
                    sitesOf[territory].Add(entry.SiteId);
                }
            }
        }
        else
        {
            var points = sitesWithPoint.Values.ToList();
            foreach (var area in layout.Areas.Where(a => a.GapTerritory is not null))
            {
                var reached = sitesOf[area.GapTerritory!];
                foreach (var site in points)
                {
                    if (!reached.Contains(site.Id) && GreatCircle.Minutes(area.Latitude, area.Longitude, site.Latitude!.Value, site.Longitude!.Value,
                            parameters.SpeedKmPerHour) <= parameters.CatchmentMinutes)
                    {
                        reached.Add(site.Id);
                    }
                }
            }
        }

        var organizationOf = inventory.Sites.ToDictionary(s => s.Id, s => s.OrganizationId);
        var population = layout.Areas.Where(a => a.GapTerritory is not null).GroupBy(a => a.GapTerritory!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Profile.Population), StringComparer.Ordinal);
        return sitesOf.Where(t => population.ContainsKey(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new TerritoryReach(t.Key, population[t.Key], t.Value,
                t.Value.Where(organizationOf.ContainsKey).Select(s => organizationOf[s]).ToHashSet()))
            .ToList();
    }
}
