using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Plans;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Series;

/// <summary>One period of a series: its index (consecutive periods differ by one), value and denominator when known.</summary>
public sealed record SeriesPoint(int Index, double Value, double? Denominator);

/// <summary>
/// An indicator over a group of territories, period by period: counts add up (<see cref="Aggregation.Sum"/>, and so do
/// their denominators), rates are averaged (<see cref="Aggregation.Mean"/>). A period enters only when every territory
/// of the group has a value for it, so a late territory does not make a dip.
/// </summary>
public sealed record PooledSeries(PeriodKind? Kind, IReadOnlyList<SeriesPoint> Points)
{
    public static async Task<PooledSeries> LoadAsync(
        ImpactDbContext db, string indicator, IReadOnlyCollection<string> territories, Aggregation aggregation, CancellationToken cancellationToken)
    {
        var values = await db.SeriesValues.AsNoTracking()
            .Where(v => v.IsCurrent && v.IndicatorCode == indicator && territories.Contains(v.TerritoryCode))
            .Select(v => new { v.TerritoryCode, v.PeriodKind, v.PeriodIndex, v.Value, v.Denominator })
            .ToListAsync(cancellationToken);
        if (values.Count == 0 || territories.Count == 0)
        {
            return new PooledSeries(null, []);
        }

        var kind = values.GroupBy(v => v.PeriodKind).OrderByDescending(g => g.Count()).First().Key;
        var points = values.Where(v => v.PeriodKind == kind)
            .GroupBy(v => v.PeriodIndex)
            .Where(g => g.Select(v => v.TerritoryCode).Distinct().Count() == territories.Count)
            .OrderBy(g => g.Key)
            .Select(g => new SeriesPoint(
                g.Key,
                aggregation == Aggregation.Mean ? g.Average(v => v.Value) : g.Sum(v => v.Value),
                aggregation == Aggregation.Sum && g.All(v => v.Denominator is not null) ? g.Sum(v => v.Denominator!.Value) : null))
            .ToList();
        return new PooledSeries(kind, points);
    }
}
