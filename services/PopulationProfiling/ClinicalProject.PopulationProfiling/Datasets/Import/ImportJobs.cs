using System.Text.Json;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>Read handlers for import jobs.</summary>
public static class ImportJobs
{
    public static async Task<Results<Ok<ImportJobDto>, ProblemHttpResult>> Get(
        ProfilingDbContext db, IOptions<ProfilingOptions> options, TimeProvider clock, Guid id, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        return job is null
            ? ProblemResults.NotFound($"No import job {id}.")
            : TypedResults.Ok(ToDto(job, options.Value, clock.GetUtcNow().UtcDateTime));
    }

    public static async Task<Results<Ok<PagedList<ImportJobDto>>, ValidationProblem>> List(
        ProfilingDbContext db, IOptions<ProfilingOptions> options, TimeProvider clock, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        var paging = Paging.From(page, pageSize, invalid);
        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var total = await db.ImportJobs.CountAsync(cancellationToken);
        var jobs = await db.ImportJobs.AsNoTracking().OrderByDescending(j => j.CreatedAtUtc).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(PagedList<ImportJobDto>.Of(jobs.Select(j => ToDto(j, options.Value, now)).ToList(), paging, total));
    }

    public static ImportJobDto ToDto(ImportJob job, ProfilingOptions options, DateTime nowUtc)
    {
        var state = job.State;
        var problem = job.ProblemJson is null ? (JsonElement?)null : JsonSerializer.Deserialize<JsonElement>(job.ProblemJson);
        if (state is ImportJobState.Queued or ImportJobState.Running && nowUtc - job.UpdatedAtUtc > options.ImportStaleAfter)
        {
            // Its replica stopped mid-import: nothing was stored (storing is one transaction), so say so.
            state = ImportJobState.Failed;
            problem = JsonSerializer.SerializeToElement(ImportSweep.InterruptedProblem);
        }

        var dataset = job.DatasetId is null ? null : $"/datasets/{WireNames<DatasetKind>.Name(job.Kind)}/{Uri.EscapeDataString(job.Version)}";
        return new ImportJobDto(job.Id, job.Kind, job.Version, job.HierarchyVersion, state, job.BytesTotal, job.RowsRead, job.Percent, dataset, problem,
            Utc(job.CreatedAtUtc), Utc(job.UpdatedAtUtc), job.CompletedAtUtc is { } done ? Utc(done) : null);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
