using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Profiles.Queries;

/// <summary>Read handlers over stored profiles. Figures are stored suppressed: nothing withheld can be read here.</summary>
public static class ProfileHandlers
{
    public static async Task<Results<Ok<PagedList<ProfileFigureDto>>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Values(
        ProfilingDbContext db, HttpContext context, string profile, string? indicator, int? period, string? level, string? territory, string? parent,
        int? quintile, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        var paging = Paging.From(page, pageSize, invalid);
        var filter = new ProfileFilter(indicator, period, level, territory, parent, quintile);
        filter.Validate(invalid);
        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var job = await ProfileReference.ResolveAsync(db, profile, cancellationToken);
        if (job is null)
        {
            return ProfileReference.NotFound(profile);
        }

        if (ETags.SetAndCheckNotModified(context, ProfileReference.ETag(job, context.Request)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var query = Filtered(db, job, filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(v => v.IndicatorCode).ThenBy(v => v.Period).ThenBy(v => v.TerritoryCode)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(PagedList<ProfileFigureDto>.Of(items.Select(ProfileFigureDto.From).ToList(), paging, total));
    }

    public static async Task<Results<Ok<TerritoryProfileDto>, StatusCodeHttpResult, ProblemHttpResult>> Territory(
        ProfilingDbContext db, HttpContext context, string profile, string code, int? period, CancellationToken cancellationToken)
    {
        var job = await ProfileReference.ResolveAsync(db, profile, cancellationToken);
        if (job is null)
        {
            return ProfileReference.NotFound(profile);
        }

        var territory = await db.Territories.AsNoTracking().SingleOrDefaultAsync(t => t.HierarchyVersion == job.HierarchyVersion && t.Code == code, cancellationToken);
        var periods = DatasetLists.ParsePeriods(job.Periods);
        var chosen = period ?? periods[^1];
        if (territory is null || !periods.Contains(chosen))
        {
            return ValidationProblems.NotFound(territory is null
                ? $"Territory '{code}' is not in hierarchy {job.HierarchyVersion} of this profile."
                : $"This profile covers the periods {job.Periods}.");
        }

        if (ETags.SetAndCheckNotModified(context, ProfileReference.ETag(job, context.Request)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var values = await db.ProfileValues.AsNoTracking()
            .Where(v => v.JobId == job.Id && v.TerritoryCode == code && v.Period == chosen && v.Quintile == 0).ToListAsync(cancellationToken);
        var trends = await db.ProfileTrends.AsNoTracking().Where(t => t.JobId == job.Id && t.TerritoryCode == code)
            .ToDictionaryAsync(t => t.IndicatorCode, cancellationToken);
        var codes = values.Select(v => v.IndicatorCode).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, cancellationToken);
        var items = values.OrderBy(v => v.IndicatorCode, StringComparer.Ordinal)
            .Where(v => indicators.ContainsKey(v.IndicatorCode))
            .Select(v =>
            {
                var indicator = indicators[v.IndicatorCode];
                var trend = trends.GetValueOrDefault(v.IndicatorCode);
                return new TerritoryIndicatorDto(indicator.Code, indicator.NameFr, indicator.NameEn, indicator.Domain, indicator.MeasureType,
                    indicator.Multiplier, indicator.Polarity, ProfileFigureDto.From(v), trend?.Direction ?? TrendDirection.NotCalculated, trend?.PValue);
            })
            .ToList();
        return TypedResults.Ok(new TerritoryProfileDto(job.Id, job.Sequence, job.HierarchyVersion, territory.Code, territory.Level.ToName(),
            territory.NameFr, territory.NameEn, territory.ParentCode, chosen, items));
    }

    /// <summary>The figures a filter selects (whole territories unless a quintile is asked for).</summary>
    public static IQueryable<ProfileValue> Filtered(ProfilingDbContext db, ProfileJob job, ProfileFilter filter)
    {
        var query = filter.Apply(db.ProfileValues.AsNoTracking().Where(v => v.JobId == job.Id));
        if (filter.Parent is { } parent)
        {
            var children = db.Territories.Where(t => t.HierarchyVersion == job.HierarchyVersion && t.ParentCode == parent).Select(t => t.Code);
            query = query.Where(v => children.Contains(v.TerritoryCode));
        }

        return query;
    }
}
