using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicalProject.ResourceInventory.Agreements;

/// <summary>
/// The delay observed for a priority over one reporting period, as the agreement's reporting gives it (such as the
/// 90th percentile of waits in days for P2 referrals in 2026-Q3), with its source. Gap analysis compares the latest
/// period of each priority with the agreement's maximum.
/// </summary>
public sealed partial record ReportedDelay(string Priority, string Period, double Days, string? Source = null)
{
    /// <summary>A year (2026), a quarter (2026-Q3) or a month (2026-09).</summary>
    [GeneratedRegex(@"^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$", RegexOptions.CultureInvariant)]
    public static partial Regex PeriodPattern();

    /// <summary>
    /// Per priority, the delay of the latest period: by the period's end, then the finer period (a month, then a
    /// quarter, then a year: 2026-12 before 2026-Q4 before 2026, which all end on 31 December).
    /// </summary>
    public static IReadOnlyList<ReportedDelay> LatestPerPriority(IEnumerable<ReportedDelay> reported) => reported
        .GroupBy(d => d.Priority, StringComparer.Ordinal)
        .Select(g => g.OrderByDescending(d => PeriodEnd(d.Period)).ThenByDescending(d => Fineness(d.Period)).First())
        .OrderBy(d => d.Priority, StringComparer.Ordinal)
        .ToList();

    private static int Fineness(string period) => period.Length == 4 ? 0 : period[5] == 'Q' ? 1 : 2;

    /// <summary>The last day of a valid period.</summary>
    public static DateOnly PeriodEnd(string period)
    {
        var year = int.Parse(period[..4], CultureInfo.InvariantCulture);
        return period.Length switch
        {
            4 => new DateOnly(year, 12, 31),
            7 when period[5] == 'Q' => new DateOnly(year, (period[6] - '0') * 3, 1).AddMonths(1).AddDays(-1),
            _ => new DateOnly(year, int.Parse(period[5..], CultureInfo.InvariantCulture), 1).AddMonths(1).AddDays(-1),
        };
    }
}
