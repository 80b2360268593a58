using ClinicalProject.GapAnalysis.Inputs;

namespace ClinicalProject.GapAnalysis.Computation;

/// <summary>
/// A program's supply per site: the current capacity of the program's services in one unit (the configured one,
/// else the unit most recorded for the program); a capacity recorded for a service without a site is shared equally
/// among the service's sites. Without any capacity in that unit, each service at a site counts 1 (unit "services").
/// </summary>
public sealed record ProgramSupply(string Unit, IReadOnlyDictionary<Guid, double> BySite)
{
    public const string ServicesUnit = "services";

    public static ProgramSupply Of(int program, string? configuredUnit, InventoryInputs inventory)
    {
        var services = inventory.Services.Where(s => s.Program == program).ToDictionary(s => s.Id);
        var capacities = inventory.Capacities.Where(c => services.ContainsKey(c.ServiceId)).ToList();
        var unit = configuredUnit ?? capacities.GroupBy(c => c.Unit, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var bySite = new Dictionary<Guid, double>();
        foreach (var service in services.Values)
        {
            foreach (var site in service.SiteIds)
            {
                bySite.TryAdd(site, 0);
            }
        }

        var inUnit = capacities.Where(c => string.Equals(c.Unit, unit, StringComparison.OrdinalIgnoreCase)).ToList();
        if (inUnit.Count == 0)
        {
            foreach (var service in services.Values)
            {
                foreach (var site in service.SiteIds)
                {
                    bySite[site] += 1;
                }
            }

            return new ProgramSupply(ServicesUnit, bySite);
        }

        foreach (var capacity in inUnit)
        {
            var service = services[capacity.ServiceId];
            if (capacity.SiteId is { } site)
            {
                bySite[site] = bySite.GetValueOrDefault(site) + (double)capacity.Value;
            }
            else if (service.SiteIds.Count > 0)
            {
                foreach (var shared in service.SiteIds)
                {
                    bySite[shared] += (double)capacity.Value / service.SiteIds.Count;
                }
            }
        }

        return new ProgramSupply(unit!, bySite);
    }
}
