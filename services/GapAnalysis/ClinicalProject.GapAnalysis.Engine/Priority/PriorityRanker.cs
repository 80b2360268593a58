using ClinicalProject.GapAnalysis.Engine.Gaps;

namespace ClinicalProject.GapAnalysis.Engine.Priority;

/// <summary>Ranks gaps by priority (see <see cref="RankedGap"/>) and suggests clinical models for each.</summary>
public static class PriorityRanker
{
    /// <summary>Each territory's population-weighted mean quintile over its areas of known quintile (NaN when none).</summary>
    public static IReadOnlyDictionary<string, double> MeanQuintiles(IEnumerable<AreaDeprivation> areas) =>
        areas.Where(a => a.Quintile is >= 1 and <= 5 && a.Population > 0)
            .GroupBy(a => a.TerritoryCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Population * a.Quintile!.Value) / g.Sum(a => a.Population), StringComparer.Ordinal);

    public static double DeprivationWeight(double meanQuintile, double deprivationWeight) =>
        double.IsNaN(meanQuintile) ? 1 : 1 + (deprivationWeight * (meanQuintile - 1) / 4);

    public static IReadOnlyList<RankedGap> Rank(IReadOnlyList<Gap> gaps, IReadOnlyDictionary<string, double> meanQuintiles,
        Func<int, PriorityWeights> weights, IReadOnlyList<ClinicalModelOffer> models)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var scored = gaps.Select(gap =>
        {
            var programWeights = weights(gap.Program);
            var quintile = meanQuintiles.TryGetValue(gap.TerritoryCode, out var q) ? q : double.NaN;
            var deprivation = DeprivationWeight(quintile, programWeights.DeprivationWeight);
            var priority = gap.Severity * gap.PeopleAffected * deprivation * programWeights.ProgramWeight;
            var suggestions = models
                .Where(m => m.GapTypes.Contains(gap.Type) && (m.Programs.Count == 0 || gap.Program == 0 || m.Programs.Contains(gap.Program)))
                .OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new Suggestion(m.Id, m.Name)).ToList();
            return (gap, priority, deprivation, quintile, programWeights.ProgramWeight, suggestions);
        }).OrderByDescending(s => s.priority).ThenBy(s => s.gap.Key, StringComparer.Ordinal).ToList();
        return scored.Select((s, i) => new RankedGap(s.gap, i + 1, s.priority, s.deprivation, double.IsNaN(s.quintile) ? null : s.quintile, s.ProgramWeight, s.suggestions)).ToList();
    }
}
