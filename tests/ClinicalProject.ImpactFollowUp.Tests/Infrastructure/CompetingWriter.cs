using ClinicalProject.ImpactFollowUp.Series;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

/// <summary>
/// Fault injection from the test side: the first time a request saves new values of <paramref name="indicator"/>,
/// the same first revisions are written just before, in its transaction, as a concurrent request that read the
/// same empty series and committed first would have written them (SQLite serialises writing transactions, so the
/// interleaving SQL Server's read committed allows has to be staged). Fires once.
/// </summary>
public sealed class CompetingWriter(string indicator) : SaveChangesInterceptor
{
    private int _fired;

    public bool Fired => Volatile.Read(ref _fired) == 1;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        var db = eventData.Context!;
        var added = db.ChangeTracker.Entries<SeriesValue>()
            .Where(e => e.State == EntityState.Added && e.Entity.IndicatorCode == indicator && e.Entity.Revision == 1)
            .Select(e => e.Entity).ToList();
        if (added.Count > 0 && Interlocked.CompareExchange(ref _fired, 1, 0) == 0)
        {
            foreach (var v in added)
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "SeriesValues" ("IndicatorCode", "TerritoryCode", "PeriodKind", "PeriodIndex", "Value", "Denominator", "Source", "Note", "Revision", "IsCurrent", "RecordedBy", "RecordedAtUtc")
                    VALUES ({v.IndicatorCode}, {v.TerritoryCode}, {v.PeriodKind.ToString()}, {v.PeriodIndex}, {v.Value + 1}, {v.Denominator}, {v.Source}, {"competing request"}, 1, 1, {"other"}, {v.RecordedAtUtc})
                    """, cancellationToken);
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
