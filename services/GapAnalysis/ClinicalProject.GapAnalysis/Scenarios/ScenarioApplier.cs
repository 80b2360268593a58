using ClinicalProject.GapAnalysis.Computation;
using ClinicalProject.GapAnalysis.Inputs;

namespace ClinicalProject.GapAnalysis.Scenarios;

/// <summary>
/// Applies a scenario's changes to a copy of an analysis's inventory inputs, or lists what is wrong with them
/// (field <c>changes[i].name</c> and the rule). The stored analysis is never touched.
/// </summary>
public static class ScenarioApplier
{
    public static readonly string[] Kinds = ["add-capacity", "open-site", "close-site", "add-corridor"];

    /// <summary>Larger amounts are typing errors, and would not fit the inventory's decimal capacities.</summary>
    public const double MaximumAmount = 1e12;

    public static (AnalysisInputs? Inputs, Dictionary<string, string[]> Errors) Apply(AnalysisInputs inputs, AnalysisParameters parameters,
        IReadOnlyList<ScenarioChange>? changes)
    {
        var errors = new Dictionary<string, string[]>();
        if (changes is null || changes.Count == 0)
        {
            errors["changes"] = ["At least one change: " + string.Join(", ", Kinds) + "."];
            return (null, errors);
        }

        var inventory = inputs.Inventory;
        var sites = inventory.Sites.ToList();
        var services = inventory.Services.ToList();
        var capacities = inventory.Capacities.ToList();
        var corridors = inventory.Corridors.ToList();
        var layout = AreaLayout.Build(inputs, parameters.GapLevel);
        for (var i = 0; i < changes.Count; i++)
        {
            var at = $"changes[{i}]";
            if (changes[i] is not { } change)
            {
                errors[at] = ["A change object is required."];
                continue;
            }

            void Error(string field, string message) => errors[$"{at}.{field}"] = [message];
            bool ProgramOk()
            {
                if (change.Program is >= 1 and <= 9) return true;
                Error("program", "A service-program from 1 to 9.");
                return false;
            }

            bool AmountOk()
            {
                if (change.Amount is { } a && Math.Abs(a) <= MaximumAmount) return true;
                Error("amount", $"An amount in the program's supply unit, at most {MaximumAmount:0.#e0} either way.");
                return false;
            }

            switch (change.Kind)
            {
                case "add-capacity":
                {
                    var site = sites.FirstOrDefault(s => s.Id == change.SiteId);
                    if (site is null) Error("siteId", "A site of the analysis's inventory.");
                    if (!ProgramOk() | !AmountOk() || site is null) break;
                    var unit = ProgramSupply.Of(change.Program!.Value, parameters.Programs[change.Program.Value].CapacityUnit, inventory with
                    {
                        Services = services, Capacities = capacities,
                    }).Unit;
                    if (unit == ProgramSupply.ServicesUnit)
                    {
                        Error("program", $"Program {change.Program} has no recorded capacity to add to; open a site instead.");
                        break;
                    }

                    var service = services.FirstOrDefault(s => s.Program == change.Program && s.SiteIds.Contains(site.Id))
                                  ?? AddService(services, site, change.Program.Value, "first-line");
                    capacities.Add(new InventoryCapacity(Guid.NewGuid(), 0, service.Id, site.Id, unit, (decimal)change.Amount!.Value, DateOnly.MinValue));
                    break;
                }

                case "open-site":
                {
                    if (change.Latitude is not (>= -90 and <= 90)) Error("latitude", "Degrees, −90 to 90.");
                    if (change.Longitude is not (>= -180 and <= 180)) Error("longitude", "Degrees, −180 to 180.");
                    var level = change.Level ?? "first-line";
                    if (!Levels.TryParse(level, out _)) Error("level", "A continuum level such as first-line.");
                    if (!ProgramOk() | !AmountOk() || errors.Keys.Any(k => k.StartsWith(at + ".", StringComparison.Ordinal))) break;
                    if (change.Amount < 0)
                    {
                        Error("amount", "A new site's capacity is ≥ 0.");
                        break;
                    }

                    var nearest = layout.Areas.MinBy(a => Math.Pow(a.Latitude - change.Latitude!.Value, 2) + Math.Pow(a.Longitude - change.Longitude!.Value, 2));
                    var site = new InventorySite(Guid.NewGuid(), 0, change.Name ?? "Scenario site", change.OrganizationId ?? Guid.NewGuid(), change.Latitude,
                        change.Longitude, nearest?.GapTerritory is { } territory ? [territory] : [], inputs.Profile.HierarchyVersion);
                    sites.Add(site);
                    var service = AddService(services, site, change.Program!.Value, level);
                    var unit = ProgramSupply.Of(change.Program.Value, parameters.Programs[change.Program.Value].CapacityUnit, inventory with
                    {
                        Services = services, Capacities = capacities,
                    }).Unit;
                    if (unit != ProgramSupply.ServicesUnit)
                    {
                        capacities.Add(new InventoryCapacity(Guid.NewGuid(), 0, service.Id, site.Id, unit, (decimal)change.Amount!.Value, DateOnly.MinValue));
                    }

                    break;
                }

                case "close-site":
                {
                    if (sites.RemoveAll(s => s.Id == change.SiteId) == 0)
                    {
                        Error("siteId", "A site of the analysis's inventory (or opened earlier in this scenario).");
                        break;
                    }

                    capacities.RemoveAll(c => c.SiteId == change.SiteId);
                    for (var s = 0; s < services.Count; s++)
                    {
                        services[s] = services[s] with { SiteIds = services[s].SiteIds.Where(id => id != change.SiteId).ToList() };
                    }

                    break;
                }

                case "add-corridor":
                {
                    if (!Levels.TryParse(change.Level, out _)) Error("level", "A continuum level such as second-line.");
                    if (change.FromOrganizationId is null) Error("fromOrganizationId", "The referring organisation's id.");
                    if (change.ToOrganizationId is null) Error("toOrganizationId", "The receiving organisation's id.");
                    if (!ProgramOk() || errors.Keys.Any(k => k.StartsWith(at + ".", StringComparison.Ordinal))) break;
                    corridors.Add(new InventoryCorridor(Guid.NewGuid(), 0, change.Name ?? "Scenario corridor", change.Program!.Value, change.Level!,
                        change.FromOrganizationId!.Value, change.ToOrganizationId!.Value, null));
                    break;
                }

                default:
                    Error("kind", $"One of: {string.Join(", ", Kinds)}.");
                    break;
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var changed = inventory with { Version = inventory.Version + "+scenario", Sites = sites, Services = services, Capacities = capacities, Corridors = corridors };
        return (inputs with { Inventory = changed }, errors);
    }

    private static InventoryService AddService(List<InventoryService> services, InventorySite site, int program, string level)
    {
        var service = new InventoryService(Guid.NewGuid(), 0, "Scenario service", site.OrganizationId, program, level, [site.Id]);
        services.Add(service);
        return service;
    }
}
