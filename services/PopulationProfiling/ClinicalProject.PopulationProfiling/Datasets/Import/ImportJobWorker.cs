namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>Runs the asynchronous imports one at a time (each already streams and aggregates as fast as a core allows).</summary>
public sealed partial class ImportJobWorker(ImportJobQueue queue, DatasetImportRunner runner, ILogger<ImportJobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Background import {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
