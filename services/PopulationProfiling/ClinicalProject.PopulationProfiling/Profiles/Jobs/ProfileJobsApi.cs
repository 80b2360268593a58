using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicalProject.PopulationProfiling.Profiles.Jobs;

/// <summary>Profile jobs: start one, follow its partitions to completion.</summary>
public static class ProfileJobsApi
{
    public const string InvalidType = ProblemTypes.InvalidProfileJob;

    public static async Task<Results<Accepted<ProfileJobDto>, ProblemHttpResult>> Start(
        ProfilingDbContext db, HttpContext context, IOptions<ProfilingOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, jsonError) = await JsonBody.ReadAsync<ProfileJobRequest>(context.Request, cancellationToken);
        if (request is null)
        {
            return ImportErrors.Problem(InvalidType, "The profile job is not valid.", [jsonError!], "No job was started.");
        }

        // The version is max + 1 under a unique index: a job accepted at the same moment elsewhere makes this
        // one's insert fail, and planning again takes the next number.
        for (var attempt = 1; ; attempt++)
        {
            var (job, errors) = await ProfileJobPlanner.PlanAsync(db, request, options.Value.SuppressionThreshold, clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (job is null)
            {
                return ImportErrors.Problem(InvalidType, "The profile job is not valid.", errors, "No job was started.");
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Accepted($"/profiles/jobs/{job.Id}", ProfileJobDto.From(job));
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public static async Task<Results<Ok<ProfileJobDto>, ProblemHttpResult>> Get(ProfilingDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var job = await db.ProfileJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        return job is null ? ProblemResults.NotFound($"No profile job {id}.") : TypedResults.Ok(ProfileJobDto.From(job));
    }

    public static async Task<Results<Ok<PagedList<ProfileJobDto>>, ValidationProblem>> List(
        ProfilingDbContext db, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        var paging = Paging.From(page, pageSize, invalid);
        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var total = await db.ProfileJobs.CountAsync(cancellationToken);
        var jobs = await db.ProfileJobs.AsNoTracking().OrderByDescending(j => j.Sequence).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(PagedList<ProfileJobDto>.Of(jobs.Select(ProfileJobDto.From).ToList(), paging, total));
    }
}
