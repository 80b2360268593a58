namespace ClinicalProject.PopulationProfiling.Engine.Computation;

/// <summary>
/// A unit of work: one indicator, some periods, optionally some territories. Partitions of the same
/// profile can run on different workers and be merged with <see cref="Results.ProfileMerger"/>. Every
/// partition aggregates the whole hierarchy (cheap) so that comparisons and suppression are the same
/// whichever way the work is cut; a territory filter only limits which territories get figures.
/// </summary>
/// <param name="IndicatorCode">The indicator.</param>
/// <param name="Periods">Period positions; all when null.</param>
/// <param name="Territories">Territory codes to compute (their ancestors are computed too, for the comparisons); all when null.</param>
public sealed record ProfilePartition(string IndicatorCode, IReadOnlyList<int>? Periods = null,
    IReadOnlyList<string>? Territories = null)
{
    /// <summary>One partition per indicator and period: the natural grain for a work queue.</summary>
    public static IReadOnlyList<ProfilePartition> PerIndicatorAndPeriod(IEnumerable<string> indicatorCodes, int periodCount) =>
        indicatorCodes.SelectMany(code => Enumerable.Range(0, periodCount).Select(p => new ProfilePartition(code, [p])))
            .ToList();
}
