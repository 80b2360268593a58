using System.Diagnostics;
using System.Text.Json;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.Tabular;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// Runs one import job over its uploaded file: streams the rows through a <see cref="DatasetAggregator"/>,
/// reports progress on the job about twice a second, and either stores the aggregate or records the problem.
/// </summary>
public sealed partial class DatasetImportRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DatasetImportRunner> logger)
{
    public const string InvalidType = "urn:clinicalproject:problem:invalid-dataset";
    public const string ConflictType = "urn:clinicalproject:problem:dataset-version-conflict";
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);

    public async Task<DatasetImportOutcome> RunAsync(Guid jobId, string filePath, BodyFormat format, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProfilingDbContext>();
        var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        job.State = ImportJobState.Running;
        job.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);

        DatasetImportOutcome outcome;
        try
        {
            outcome = await ImportAsync(db, job, filePath, format, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception, jobId);
            await FinishAsync(db, job, ImportJobState.Failed, null, Problem(StatusCodes.Status500InternalServerError,
                "urn:clinicalproject:problem:import-failed", "The import failed.", "The service could not finish this import; nothing was stored. Try again."), CancellationToken.None);
            throw;
        }
        catch (OperationCanceledException)
        {
            await FinishAsync(db, job, ImportJobState.Failed, null, Problem(499, "urn:clinicalproject:problem:import-cancelled",
                "The import was cancelled.", "The upload was abandoned or the service stopped; nothing was stored."), CancellationToken.None);
            throw;
        }

        return outcome;
    }

    private async Task<DatasetImportOutcome> ImportAsync(ProfilingDbContext db, ImportJob job, string filePath, BodyFormat format, CancellationToken cancellationToken)
    {
        var tree = await TerritoryTree.LoadAsync(db, job.HierarchyVersion, cancellationToken)
                   ?? throw new InvalidOperationException($"Hierarchy {job.HierarchyVersion} vanished during the import.");
        var indicators = await db.Indicators.AsNoTracking().Select(i => new { i.Code, i.NumeratorSource }).ToListAsync(cancellationToken);
        var countCodes = indicators.Where(i => i.NumeratorSource == NumeratorSource.Counts).Select(i => i.Code).Order(StringComparer.Ordinal).ToList();
        var populationCodes = indicators.Where(i => i.NumeratorSource == NumeratorSource.Population).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);

        await using var file = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var (source, headerErrors) = format == BodyFormat.Parquet
            ? await ParquetRecordSource.OpenAsync(file, job.Kind, cancellationToken)
            : await CsvRecordSource.OpenAsync(file, job.Kind, cancellationToken);
        if (source is null)
        {
            return await RefuseAsync(db, job, headerErrors, headerErrors.Count, cancellationToken);
        }

        await using (source)
        {
            var aggregator = new DatasetAggregator(job.Kind, tree, source.Fields, countCodes, populationCodes);
            try
            {
                var split = source is CsvRecordSource ? CsvFileSplit.TryCreate(filePath, Environment.ProcessorCount) : null;
                if (split is not null && await source.ReadAsync(cancellationToken))
                {
                    // The first row is read here (it sets the file's level), the rest in parts on every core.
                    aggregator.Add(source);
                    var failure = await SplitCsvReader.ReadAsync(filePath, split, (CsvRecordSource)source, aggregator,
                        (rows, progress) => ReportAsync(job.Id, rows, progress, cancellationToken), cancellationToken);
                    if (failure is not null)
                    {
                        return await RefuseAsync(db, job, [.. aggregator.Errors, failure], aggregator.ErrorCount + 1, cancellationToken);
                    }
                }
                else
                {
                    var sinceReport = Stopwatch.StartNew();
                    while (!aggregator.IsFull && await source.ReadAsync(cancellationToken))
                    {
                        aggregator.Add(source);
                        if (sinceReport.Elapsed >= ProgressInterval)
                        {
                            await ReportAsync(job.Id, aggregator.Rows, source.Progress, cancellationToken);
                            sinceReport.Restart();
                        }
                    }
                }
            }
            catch (DatasetFileException unreadable)
            {
                return await RefuseAsync(db, job, [.. aggregator.Errors, unreadable.Error], aggregator.ErrorCount + 1, cancellationToken);
            }

            var aggregate = aggregator.Complete();
            job.RowsRead = aggregator.Rows;
            if (aggregator.ErrorCount > 0)
            {
                return await RefuseAsync(db, job, aggregator.Errors, aggregator.IsFull ? -1 : aggregator.ErrorCount, cancellationToken);
            }

            var stored = await DatasetStore.StoreAsync(db, job, aggregate, clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (stored.Status == DatasetStore.Status.Conflict)
            {
                var conflict = ValidationProblems.Conflict(ConflictType, "This dataset version already exists with other content.",
                    $"{WireNames<DatasetKind>.Name(job.Kind)} version '{job.Version}' was imported with other content; a version never changes. Import the new content under a new version label.",
                    new Dictionary<string, object?> { ["existingContentHash"] = stored.Dataset.ContentHash, ["submittedContentHash"] = stored.SubmittedHash }).ProblemDetails;
                await FinishAsync(db, job, ImportJobState.Failed, null, conflict, cancellationToken);
                return new(stored.Status, null, conflict);
            }

            var totals = await DatasetHandlers.TotalsAsync(db, stored.Dataset.Id, cancellationToken);
            await FinishAsync(db, job, ImportJobState.Succeeded, stored.Dataset.Id, null, cancellationToken);
            LogImported(logger, job.Kind, job.Version, aggregate.RowCount, stored.Status);
            return new(stored.Status, DatasetSummary.From(stored.Dataset, totals), null);
        }
    }

    private async Task<DatasetImportOutcome> RefuseAsync(ProfilingDbContext db, ImportJob job, IReadOnlyList<ImportError> errors, int errorCount, CancellationToken cancellationToken)
    {
        var problem = ValidationProblems.Invalid(InvalidType, "The dataset is not valid.", errors).ProblemDetails;
        if (errorCount < 0)
        {
            // Reading stopped at the listed errors: more may follow in the file.
            problem.Detail = $"The first {errors.Count} errors are listed; reading stopped there. Nothing was imported.";
            problem.Extensions["errorCount"] = errors.Count;
        }

        LogRefused(logger, job.Kind, job.Version, errors.Count, errors.Count > 0 ? errors[0].Rule : "none");
        await FinishAsync(db, job, ImportJobState.Failed, null, problem, cancellationToken);
        return new(null, null, problem);
    }

    private async Task ReportAsync(Guid jobId, long rows, double progress, CancellationToken cancellationToken)
    {
        // A scope of its own: the import's context must not flush half-built state.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProfilingDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var percent = Math.Round(progress * 100, 1);
        await db.ImportJobs.Where(j => j.Id == jobId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.RowsRead, rows).SetProperty(j => j.Percent, percent).SetProperty(j => j.UpdatedAtUtc, now), cancellationToken);
    }

    private async Task FinishAsync(ProfilingDbContext db, ImportJob job, ImportJobState state, Guid? datasetId, ProblemDetails? problem, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = job.RowsRead;
        var problemJson = problem is null ? null : JsonSerializer.Serialize(problem, JsonBody.Options);
        var percent = state == ImportJobState.Succeeded ? 100 : job.Percent;
        await db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, state)
            .SetProperty(j => j.DatasetId, datasetId)
            .SetProperty(j => j.ProblemJson, problemJson)
            .SetProperty(j => j.RowsRead, rows)
            .SetProperty(j => j.Percent, percent)
            .SetProperty(j => j.UpdatedAtUtc, now)
            .SetProperty(j => j.CompletedAtUtc, now), cancellationToken);
    }

    private static ProblemDetails Problem(int status, string type, string title, string detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Kind} dataset {Version}: {RowCount} rows, {Status}")]
    private static partial void LogImported(ILogger logger, DatasetKind kind, string version, long rowCount, DatasetStore.Status status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Kind} dataset {Version}: {ErrorCount} errors listed, the first breaking rule {FirstRule}")]
    private static partial void LogRefused(ILogger logger, DatasetKind kind, string version, int errorCount, string firstRule);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
