using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Common;

public static class Transactions
{
    /// <summary>How many times a write that lost a race (a unique key another request took first) is tried in all.</summary>
    public const int ConflictAttempts = 5;

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the provider's execution strategy (SQL Server retries
    /// transient faults by running it again from a clean change tracker, so <paramref name="work"/> must re-read what it
    /// needs). A write that collides with one committed by a concurrent request after <paramref name="work"/> read
    /// (under SQL Server's read committed, two imports both see no value for a period and both insert revision 1)
    /// is rolled back and run again, up to <see cref="ConflictAttempts"/> times: the second run reads the other
    /// request's rows and applies its own values on top of them (a correction, or nothing when they are the same).
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    var result = await work(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return result;
                });
            }
            catch (DbUpdateException) when (attempt < ConflictAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
