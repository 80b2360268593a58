using ClinicalProject.GapAnalysis.Inputs;

namespace ClinicalProject.GapAnalysis.Computation;

/// <summary>One demand area: its profile figures, its population-weighted centroid, and its territory at the gap level.</summary>
public sealed record LaidOutArea(string Code, ProfileArea Profile, double Latitude, double Longitude, string? GapTerritory);

/// <summary>The profile's areas that have a centroid (in code order), each with its ancestor at the gap level.</summary>
public sealed class AreaLayout
{
    private AreaLayout(IReadOnlyList<LaidOutArea> areas, int withoutCentroid, IReadOnlySet<string> gapTerritories)
    {
        Areas = areas;
        AreasWithoutCentroid = withoutCentroid;
        GapTerritories = gapTerritories;
        IndexOf = areas.Select((a, i) => (a.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<LaidOutArea> Areas { get; }

    public int AreasWithoutCentroid { get; }

    public IReadOnlySet<string> GapTerritories { get; }

    public IReadOnlyDictionary<string, int> IndexOf { get; }

    public static AreaLayout Build(AnalysisInputs inputs, string gapLevel)
    {
        var territories = inputs.Territories.ToDictionary(t => t.Code, StringComparer.Ordinal);
        var gapTerritories = inputs.Territories.Where(t => string.Equals(t.Level, gapLevel, StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var areas = new List<LaidOutArea>();
        var withoutCentroid = 0;
        foreach (var area in inputs.Profile.Areas.OrderBy(a => a.Code, StringComparer.Ordinal))
        {
            if (!territories.TryGetValue(area.Code, out var territory) || territory.Latitude is not { } latitude || territory.Longitude is not { } longitude)
            {
                withoutCentroid++;
                continue;
            }

            areas.Add(new LaidOutArea(area.Code, area, latitude, longitude, Ancestor(territories, territory, gapTerritories)));
        }

        return new AreaLayout(areas, withoutCentroid, gapTerritories);
    }

    private static string? Ancestor(Dictionary<string, TerritoryInput> territories, TerritoryInput territory, IReadOnlySet<string> gapTerritories)
    {
        for (var current = territory; current is not null; current = current.ParentCode is { } parent ? territories.GetValueOrDefault(parent) : null)
        {
            if (gapTerritories.Contains(current.Code))
            {
                return current.Code;
            }
        }

        return null;
    }
}
