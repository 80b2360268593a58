using ClinicalProject.PopulationProfiling;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Datasets.Import;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Tests.Hardening;

/// <summary>
/// Issue 14 (also): the import queue is in memory, so a replica stopped or killed with imports queued left their
/// jobs queued and their upload files in the import folder for good. The sweep the worker runs at start removes
/// the files of jobs that are finished, unknown or stale, stores stale jobs as failed with the reason, and
/// leaves a live job's file alone.
/// </summary>
public sealed class ImportSweepTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    [Fact]
    public async Task Uploads_of_imports_that_will_never_run_are_removed_and_their_jobs_failed()
    {
        var options = new ProfilingOptions { ImportDirectory = Directory.CreateTempSubdirectory("profiling-sweep-").FullName };
        var now = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        var stale = Job(ImportJobState.Queued, now - options.ImportStaleAfter - TimeSpan.FromSeconds(1));
        var live = Job(ImportJobState.Running, now - options.ImportStaleAfter + TimeSpan.FromSeconds(1));
        var done = Job(ImportJobState.Succeeded, now - TimeSpan.FromDays(1));
        await factory.WithDbAsync(async db =>
        {
            db.ImportJobs.AddRange(stale, live, done);
            return await db.SaveChangesAsync();
        });
        // Files of unknown jobs: one old (left behind), one just written (its job row is being committed now: a
        // sweep that removed it failed the import with a 500, seen when test hosts shared the folder).
        var (unknown, fresh) = (Guid.NewGuid(), Guid.NewGuid());
        foreach (var id in new[] { stale.Id, live.Id, done.Id, unknown, fresh })
        {
            await File.WriteAllTextAsync(Path.Combine(options.ImportDirectory, id.ToString("N") + UploadFiles.Extension), "territory,period\n");
        }

        File.SetLastWriteTimeUtc(Path.Combine(options.ImportDirectory, unknown.ToString("N") + UploadFiles.Extension),
            now - options.ImportStaleAfter - TimeSpan.FromSeconds(1));
        File.SetLastWriteTimeUtc(Path.Combine(options.ImportDirectory, fresh.ToString("N") + UploadFiles.Extension), now);

        var removed = await factory.WithDbAsync(db => ImportSweep.SweepAsync(db, options, now, CancellationToken.None));

        Assert.Equal(3, removed);
        Assert.Equal(new[] { live.Id, fresh }.Select(id => id.ToString("N") + UploadFiles.Extension).Order(StringComparer.Ordinal),
            Directory.GetFiles(options.ImportDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var jobs = await factory.WithDbAsync(db => db.ImportJobs.AsNoTracking().Where(j => j.Id == stale.Id || j.Id == live.Id).ToDictionaryAsync(j => j.Id));
        Assert.Equal((ImportJobState.Failed, now), (jobs[stale.Id].State, jobs[stale.Id].CompletedAtUtc));
        Assert.Contains(ImportSweep.InterruptedType, jobs[stale.Id].ProblemJson, StringComparison.Ordinal);
        Assert.Equal(ImportJobState.Running, jobs[live.Id].State);
        Directory.Delete(options.ImportDirectory, recursive: true);
    }

    private static ImportJob Job(ImportJobState state, DateTime updatedAtUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = DatasetKind.Population,
        Version = "sweep-" + Guid.NewGuid().ToString("N")[..8],
        HierarchyVersion = "2021",
        State = state,
        CreatedAtUtc = updatedAtUtc,
        UpdatedAtUtc = updatedAtUtc,
    };
}
