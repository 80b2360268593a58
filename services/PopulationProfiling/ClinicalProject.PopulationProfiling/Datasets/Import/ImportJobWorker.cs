using Microsoft.Extensions.Options;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>Runs the asynchronous imports one at a time (each already streams and aggregates as fast as a core allows).</summary>
public sealed partial class ImportJobWorker(
    ImportJobQueue queue, DatasetImportRunner runner, IServiceScopeFactory scopes, IOptions<ProfilingOptions> options, TimeProvider clock,
    ILogger<ImportJobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await SweepAsync(stoppingToken);
        await foreach (var work in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await runner.RunAsync(work.JobId, work.FilePath, work.Format, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception, work.JobId); // the runner has marked the job failed
            }
            finally
            {
                UploadFiles.Delete(work.FilePath);
            }
        }
    }

    /// <summary>Removes the uploads a previous life of a replica left behind (see <see cref="ImportSweep"/>); a failure only costs disk.</summary>
    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Data.ProfilingDbContext>();
            var removed = await ImportSweep.SweepAsync(db, options.Value, clock.GetUtcNow().UtcDateTime, stoppingToken);
            if (removed > 0)
            {
                LogSwept(logger, removed);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSweepFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} upload files of imports that will never run")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not sweep the import folder")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Background import {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
