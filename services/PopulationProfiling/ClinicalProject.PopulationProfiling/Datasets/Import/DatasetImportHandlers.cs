using System.Text.Json;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.Tabular;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// <c>POST /datasets/{kind}/{version}</c>: the body is copied to a file as it arrives, then read row by row.
/// By default the request waits for the outcome (201, 200 when already imported, 400, 409); with
/// <c>Prefer: respond-async</c> it answers 202 at once with the job to poll.
/// </summary>
public static class DatasetImportHandlers
{
    public const string UploadIncompleteType = "urn:clinicalproject:problem:upload-incomplete";

    public static async Task<Results<Created<DatasetSummary>, Ok<DatasetSummary>, Accepted<ImportJobDto>, ProblemHttpResult>> Import(
        string kind,
        string version,
        string? hierarchyVersion,
        HttpRequest request,
        HttpResponse response,
        ProfilingDbContext db,
        DatasetImportRunner runner,
        ImportJobQueue queue,
        IOptions<ProfilingOptions> options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        if (!WireNames<DatasetKind>.TryParse(kind, out var datasetKind))
        {
            errors.Add(new ImportError(0, "kind", kind, "unknown-kind", $"The dataset kinds are {WireNames<DatasetKind>.Expected}."));
        }

        if (!VersionLabel.IsValid(version))
        {
            errors.Add(VersionLabel.Error(version));
        }

        var format = BodyFormats.Classify(request.ContentType);
        if (format is not (BodyFormat.Csv or BodyFormat.Parquet))
        {
            return TypedResults.Problem(
                $"Content-Type '{request.ContentType}' is not accepted: send text/csv (UTF-8) or {BodyFormats.ParquetMediaType}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the dataset as CSV or Parquet.", type: ImportProblems.UnsupportedMediaTypeType);
        }

        var tree = errors.Count > 0 ? null : await ResolveHierarchyAsync(db, hierarchyVersion, cancellationToken);
        if (errors.Count == 0 && tree is null)
        {
            errors.Add(new ImportError(0, "hierarchyVersion", hierarchyVersion, "unknown-hierarchy",
                "No such territory hierarchy (none at all when hierarchyVersion is omitted): import it first at /territories/hierarchies/{version}."));
        }

        if (errors.Count > 0)
        {
            return ValidationProblems.Invalid(DatasetImportRunner.InvalidType, "The dataset is not valid.", errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var job = new ImportJob
        {
            Id = Guid.CreateVersion7(),
            Kind = datasetKind,
            Version = version,
            HierarchyVersion = tree!,
            State = ImportJobState.Queued,
            BytesTotal = request.ContentLength ?? 0,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);

        string path;
        long bytes;
        try
        {
            (path, bytes) = await UploadFiles.SaveAsync(request.Body, options.Value, job.Id, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // The body never arrived whole (malformed chunking, cut connection, client gone): the job must not
            // wait forever in the queue. SaveAsync has removed the partial file.
            var incomplete = UploadIncomplete(exception);
            await FailAsync(db, job.Id, incomplete, clock);
            if (exception is BadHttpRequestException)
            {
                return TypedResults.Problem(incomplete);
            }

            throw;
        }

        await db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.BytesTotal, bytes), cancellationToken);
        job.BytesTotal = bytes;
        var jobLocation = $"/imports/{job.Id}";

        if (WantsAsync(request))
        {
            await queue.EnqueueAsync(new ImportWork(job.Id, path, format), cancellationToken);
            return TypedResults.Accepted(jobLocation, ImportJobs.ToDto(job, options.Value, now));
        }

        DatasetImportOutcome outcome;
        try
        {
            outcome = await runner.RunAsync(job.Id, path, format, cancellationToken);
        }
        finally
        {
            UploadFiles.Delete(path);
        }

        response.Headers["Link"] = $"<{jobLocation}>; rel=\"monitor\"";
        return outcome switch
        {
            { Problem: { } problem } => TypedResults.Problem(problem),
            { Status: DatasetStore.Status.Created, Dataset: { } created } =>
                TypedResults.Created($"/datasets/{WireNames<DatasetKind>.Name(created.Kind)}/{Uri.EscapeDataString(created.Version)}", created),
            { Dataset: { } existing } => TypedResults.Ok(existing),
            _ => throw new InvalidOperationException("An import ended with neither a dataset nor a problem."),
        };
    }

    private static ProblemDetails UploadIncomplete(Exception exception) => new()
    {
        Status = exception is BadHttpRequestException bad ? bad.StatusCode : 499,
        Type = UploadIncompleteType,
        Title = "The upload did not complete.",
        Detail = exception is BadHttpRequestException malformed
            ? $"The request body could not be read ({malformed.Message}); nothing was imported. Send the file again."
            : "The upload was abandoned before the whole file arrived; nothing was imported.",
        Extensions = { ["field"] = "body" },
    };

    /// <summary>Not with the request's token: the client may be gone, and the job must still say what happened.</summary>
    private static Task FailAsync(ProfilingDbContext db, Guid jobId, ProblemDetails problem, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var problemJson = JsonSerializer.Serialize(problem, JsonBody.Options);
        return db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, ImportJobState.Failed)
            .SetProperty(j => j.ProblemJson, problemJson)
            .SetProperty(j => j.UpdatedAtUtc, now)
            .SetProperty(j => j.CompletedAtUtc, now), CancellationToken.None);
    }

    /// <summary>RFC 7240: <c>Prefer: respond-async</c>.</summary>
    private static bool WantsAsync(HttpRequest request) =>
        request.Headers["Prefer"].Any(value => value?.Split(',').Any(p => p.Trim().Equals("respond-async", StringComparison.OrdinalIgnoreCase)) == true);

    private static async Task<string?> ResolveHierarchyAsync(ProfilingDbContext db, string? version, CancellationToken cancellationToken)
    {
        var hierarchies = db.TerritoryHierarchies.AsNoTracking();
        return string.IsNullOrWhiteSpace(version)
            ? await hierarchies.OrderByDescending(h => h.ImportedAtUtc).ThenByDescending(h => h.Version).Select(h => h.Version).FirstOrDefaultAsync(cancellationToken)
            : await hierarchies.Where(h => h.Version == version).Select(h => h.Version).SingleOrDefaultAsync(cancellationToken);
    }
}
