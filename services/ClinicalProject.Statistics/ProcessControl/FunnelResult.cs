namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>Territories compared on a funnel plot.</summary>
/// <param name="Statistic">Proportion or rate.</param>
/// <param name="Comparator">The centre line (× multiplier): Σx/Σn unless given.</param>
/// <param name="Multiplier">Scale of values and limits (100 for percentages, 100,000 per 100,000 …).</param>
/// <param name="Points">Each territory with its limits and outcome.</param>
public sealed record FunnelResult(FunnelStatistic Statistic, double Comparator, double Multiplier,
    IReadOnlyList<FunnelPoint> Points);
