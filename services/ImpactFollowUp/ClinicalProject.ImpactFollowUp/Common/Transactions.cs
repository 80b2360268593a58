using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Common;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the provider's execution strategy (SQL Server retries
    /// transient faults by running it again from a clean change tracker, so <paramref name="work"/> must re-read what it needs).
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        });
}
