using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Engine.Results;

/// <summary>
/// Puts partition results back together: partitions of the same indicator and period that computed
/// different territories are combined cell by cell; periods are put in time order; each territory's trend is
/// computed over the merged periods.
/// </summary>
public static class ProfileMerger
{
    /// <summary>Merges partition results into one profile per indicator.</summary>
    public static IReadOnlyList<IndicatorProfile> Merge(ProfileModel model, IEnumerable<IndicatorPeriodResult> parts,
        double trendSignificance = LinearTrend.DefaultSignificance)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(parts);
        var profiles = new List<IndicatorProfile>();
        foreach (var indicator in parts.GroupBy(p => p.Definition.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var periods = indicator.GroupBy(p => p.PeriodIndex).OrderBy(g => g.Key).Select(g => Combine(model, g.ToList())).ToList();
            profiles.Add(new IndicatorProfile(periods[0].Definition, periods, Trends(model, periods, trendSignificance)));
        }

        return profiles;
    }

    private static IndicatorPeriodResult Combine(ProfileModel model, IReadOnlyList<IndicatorPeriodResult> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        if (parts.Any(p => !ReferenceEquals(p.Tree, model.Tree)))
        {
            throw new ArgumentException("Partition results must come from the same model.");
        }

        var first = parts[0];
        var columns = new MeasureColumns(model.Tree.Count, first.Territories.Multiplier);
        var versusParent = new ComparisonOutcome[model.Tree.Count];
        var versusProvince = new ComparisonOutcome[model.Tree.Count];
        var quintiles = first.Quintiles is null ? null
            : new QuintileBreakdown(model.Tree.Count, model.Tree.LeafCount, first.Territories.Multiplier);
        for (var t = 0; t < model.Tree.Count; t++)
        {
            // Every partition aggregates the whole tree, so counts and suppression agree; take the figures from
            // whichever partition computed the territory (the first one otherwise, for its counts).
            var source = parts.FirstOrDefault(p => p.Territories.StatusArray[t] != MeasureStatus.NotRequested) ?? first;
            columns.CopyCell(source.Territories, t);
            versusParent[t] = source.VersusParentArray[t];
            versusProvince[t] = source.VersusProvinceArray[t];
            if (quintiles is not null && t >= model.Tree.LeafCount)
            {
                for (var q = 0; q < QuintileBreakdown.Slots; q++)
                {
                    quintiles.Columns.CopyCell(source.Quintiles!.Columns, quintiles.Cell(t, q));
                }
            }
        }

        return new IndicatorPeriodResult(first.Definition, first.Tree, first.PeriodIndex, first.Period, columns,
            versusParent, versusProvince, quintiles);
    }

    private static TrendResult[] Trends(ProfileModel model, IReadOnlyList<IndicatorPeriodResult> periods, double significance)
    {
        var n = periods.Count;
        var trends = new TrendResult[model.Tree.Count];
        var counts = new double[n];
        var denominators = new double[n];
        var values = new double[n];
        var lower = new double[n];
        var upper = new double[n];
        var scores = periods.Select(p => model.PeriodScores[p.PeriodIndex]).ToArray();
        var measure = periods[0].Definition.Measure;
        for (var t = 0; t < trends.Length; t++)
        {
            for (var i = 0; i < n; i++)
            {
                var columns = periods[i].Territories;
                var calculated = columns.StatusArray[t] == MeasureStatus.Calculated;
                counts[i] = calculated ? columns.CountArray[t] : double.NaN;
                denominators[i] = columns.DenominatorArray[t];
                values[i] = calculated ? columns.ValueArray[t] : double.NaN;
                lower[i] = columns.Lower95Array[t];
                upper[i] = columns.Upper95Array[t];
            }

            trends[t] = ProfileTrends.ForSeries(measure, counts, denominators, values, lower, upper, scores, significance);
        }

        return trends;
    }
}
