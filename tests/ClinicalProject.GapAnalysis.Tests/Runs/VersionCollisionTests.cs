using System.Net;
using ClinicalProject.Contracts;
using ClinicalProject.GapAnalysis.Analyses;
using ClinicalProject.GapAnalysis.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClinicalProject.GapAnalysis.Tests.Runs;

/// <summary>
/// Two replicas finishing together read the same highest version; the unique index refuses the second save. The
/// store tries again from the start: one analysis, the next number, one event.
/// </summary>
public sealed class VersionCollisionTests
{
    [Fact]
    public async Task A_save_refused_as_another_replica_took_the_version_is_tried_again()
    {
        await using var factory = new GapAnalysisApiFactory();
        var collision = new FailsFirstAnalysisSave();
        factory.Interceptors.Add(collision);
        var client = await factory.CreateSeededClientAsync();
        factory.Sources.ServeProfile(TestWorld.Profile());

        using var run = await client.PostAsync("/analyses", null);

        Assert.Equal(HttpStatusCode.Created, run.StatusCode);
        Assert.Equal(1, collision.Refused);
        Assert.Equal([1L], await factory.WithDbAsync(db => db.Analyses.Select(a => a.Version).ToListAsync()));
        Assert.Equal(5, await factory.WithDbAsync(db => db.Gaps.CountAsync()));
        Assert.True(await Http.WaitForAsync(() => Task.FromResult(factory.Harness.Published.Select<GapAnalysisCompleted>().Any())));
        Assert.Single(factory.Harness.Published.Select<GapAnalysisCompleted>());
    }

    /// <summary>Refuses the first save holding a new analysis, as the database does on a version already taken.</summary>
    private sealed class FailsFirstAnalysisSave : SaveChangesInterceptor
    {
        public int Refused { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (Refused == 0 && eventData.Context!.ChangeTracker.Entries<Analysis>().Any(e => e.State == EntityState.Added))
            {
                Refused++;
                throw new DbUpdateException("UNIQUE constraint failed: Analyses.Version (simulated: another replica took it).");
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
