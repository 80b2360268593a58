using System.Text.Json;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// The asynchronous queue lives in memory: a replica that stops or is killed with imports queued or running
/// leaves their jobs <c>queued</c>/<c>running</c> and their upload files in the import folder for good. When the
/// worker starts, each upload file whose job is finished, unknown, or has not reported progress for
/// <see cref="ProfilingOptions.ImportStaleAfter"/> (the jobs the API already reports as interrupted) is removed,
/// and such a job is stored as failed with the reason. Files of live jobs (another replica's, when replicas share
/// the folder) are left alone, and so is a file of an unknown job written within the last
/// <see cref="ProfilingOptions.ImportStaleAfter"/>: an upload is written before its job row commits, so a fresh
/// file may belong to a job another replica (or another service sharing the folder) is creating right now.
/// </summary>
public static class ImportSweep
{
    public const string InterruptedType = ProblemTypes.ImportInterrupted;

    /// <summary>What a job whose replica stopped mid-import reports: nothing was stored (storing is one transaction).</summary>
    public static readonly object InterruptedProblem = new
    {
        type = InterruptedType,
        title = "The import was interrupted.",
        status = StatusCodes.Status500InternalServerError,
        detail = "The replica running this import stopped before it finished; nothing was stored. Send the file again.",
    };

    /// <summary>Returns how many upload files were removed.</summary>
    public static async Task<int> SweepAsync(ProfilingDbContext db, ProfilingOptions options, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var directory = UploadFiles.DirectoryOf(options);
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(directory, "*" + UploadFiles.Extension))
        {
            if (!Guid.TryParseExact(Path.GetFileNameWithoutExtension(file), "N", out var jobId))
            {
                continue; // not one of ours
            }

            var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
            if (job is null && nowUtc - File.GetLastWriteTimeUtc(file) <= options.ImportStaleAfter)
            {
                continue; // an upload whose job is still being created
            }

            var unfinished = job is { State: ImportJobState.Queued or ImportJobState.Running };
            if (unfinished && nowUtc - job!.UpdatedAtUtc <= options.ImportStaleAfter)
            {
                continue; // a live import
            }

            if (unfinished)
            {
                job!.State = ImportJobState.Failed;
                job.ProblemJson = JsonSerializer.Serialize(InterruptedProblem, JsonBody.Options);
                job.UpdatedAtUtc = nowUtc;
                job.CompletedAtUtc = nowUtc;
                await db.SaveChangesAsync(cancellationToken);
            }

            UploadFiles.Delete(file);
            removed++;
        }

        return removed;
    }
}
