using ClinicalProject.GapAnalysis.Inputs;

namespace ClinicalProject.GapAnalysis.Computation;

/// <summary>One demand area: its profile figures, its population-weighted centroid, and its territory at the gap level.</summary>
public sealed record LaidOutArea(string Code, ProfileArea Profile, double Latitude, double Longitude, string? GapTerritory);

/// <summary>
/// The profile's areas that have a centroid (in code order), each with its ancestor at the gap level. An area
/// without a centroid of its own (an RLS of the MSSS population estimates, say) takes the mean of its descendants'
/// centroids when it has some (counted in <see cref="AreasWithDerivedCentroid"/>).
/// </summary>
public sealed class AreaLayout
{
    private AreaLayout(IReadOnlyList<LaidOutArea> areas, int withoutCentroid, int derived, IReadOnlySet<string> gapTerritories)
    {
        Areas = areas;
        AreasWithoutCentroid = withoutCentroid;
        AreasWithDerivedCentroid = derived;
        GapTerritories = gapTerritories;
        IndexOf = areas.Select((a, i) => (a.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<LaidOutArea> Areas { get; }

    public int AreasWithoutCentroid { get; }

    public int AreasWithDerivedCentroid { get; }

    public IReadOnlySet<string> GapTerritories { get; }

    public IReadOnlyDictionary<string, int> IndexOf { get; }

    /// <summary>The population-weighted mean of the areas' centroids (the plain mean when they hold no one).</summary>
    public (double Latitude, double Longitude) Centroid(IEnumerable<string> areaCodes)
    {
        var members = areaCodes.Select(code => Areas[IndexOf[code]]).ToList();
        var people = members.Sum(a => a.Profile.Population);
        return people > 0
            ? (members.Sum(a => a.Profile.Population * a.Latitude) / people, members.Sum(a => a.Profile.Population * a.Longitude) / people)
            : (members.Average(a => a.Latitude), members.Average(a => a.Longitude));
    }

    public static AreaLayout Build(AnalysisInputs inputs, string gapLevel)
    {
        var territories = inputs.Territories.ToDictionary(t => t.Code, StringComparer.Ordinal);
        var gapTerritories = inputs.Territories.Where(t => string.Equals(t.Level, gapLevel, StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var children = inputs.Territories.Where(t => t.ParentCode is not null).ToLookup(t => t.ParentCode!, StringComparer.Ordinal);
        var areas = new List<LaidOutArea>();
        var withoutCentroid = 0;
        var derived = 0;
        foreach (var area in inputs.Profile.Areas.OrderBy(a => a.Code, StringComparer.Ordinal))
        {
            if (!territories.TryGetValue(area.Code, out var territory))
            {
                withoutCentroid++;
                continue;
            }

            var point = territory.Latitude is { } latitude && territory.Longitude is { } longitude ? (latitude, longitude) : DescendantsMean(children, territory.Code);
            if (point is not { } centroid)
            {
                withoutCentroid++;
                continue;
            }

            derived += territory.Latitude is null || territory.Longitude is null ? 1 : 0;
            areas.Add(new LaidOutArea(area.Code, area, centroid.Item1, centroid.Item2, Ancestor(territories, territory, gapTerritories)));
        }

        return new AreaLayout(areas, withoutCentroid, derived, gapTerritories);
    }

    private static (double, double)? DescendantsMean(ILookup<string, TerritoryInput> children, string code)
    {
        double latitude = 0, longitude = 0;
        var count = 0;
        var pending = new Stack<string>([code]);
        while (pending.TryPop(out var current))
        {
            foreach (var child in children[current])
            {
                if (child.Latitude is { } lat && child.Longitude is { } lon)
                {
                    latitude += lat;
                    longitude += lon;
                    count++;
                }
                else
                {
                    pending.Push(child.Code);
                }
            }
        }

        return count == 0 ? null : (latitude / count, longitude / count);
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
