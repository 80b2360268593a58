using System.Globalization;
using System.Text;
using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.ImpactFollowUp.Status;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Dashboards;

/// <summary>The scorecard (JSON and CSV) and the alert list.</summary>
public static class ScorecardHandlers
{
    public static async Task<Results<Ok<List<ScorecardPlanDto>>, ValidationProblem>> Get(
        ImpactDbContext db, string? status, int? program, CancellationToken cancellationToken)
    {
        var (plans, errors) = await LoadAsync(db, status, program, cancellationToken);
        return errors.HasErrors ? Problems.Invalid(errors, "query") : TypedResults.Ok(plans);
    }

    /// <summary>One row per plan and indicator.</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Csv(
        ImpactDbContext db, string? status, int? program, CancellationToken cancellationToken)
    {
        var (plans, errors) = await LoadAsync(db, status, program, cancellationToken);
        if (errors.HasErrors)
        {
            return Problems.Invalid(errors, "query");
        }

        var csv = new StringBuilder("planId,planTitle,program,planStatus,indicator,label,direction,baselineValue,baselinePeriod,targetValue,targetDate,latestPeriod,latestValue,status,projectedValue,reason\n");
        foreach (var plan in plans)
        {
            foreach (var i in plan.Indicators)
            {
                csv.AppendJoin(',', plan.Id.ToString(), CsvText.Field(plan.Title), plan.Program.ToString(CultureInfo.InvariantCulture), ImpactJson.Format(plan.PlanStatus),
                    CsvText.Field(i.Code), CsvText.Field(i.Label), i.Direction is { } d ? ImpactJson.Format(d) : string.Empty,
                    CsvText.Number(i.Baseline?.Value), CsvText.Field(i.Baseline?.Period), CsvText.Number(i.Target?.Value),
                    i.Target?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, CsvText.Field(i.LatestPeriod), CsvText.Number(i.LatestValue),
                    ImpactJson.Format(i.Status), CsvText.Number(i.ProjectedValue), CsvText.Field(i.Reason)).Append('\n');
            }
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "scorecard.csv");
    }

    public static async Task<Ok<List<AlertDto>>> Alerts(ImpactDbContext db, Guid? planId, int? limit, CancellationToken cancellationToken)
    {
        var query = db.Alerts.AsNoTracking();
        query = planId is null ? query : query.Where(a => a.PlanId == planId);
        var alerts = await query.OrderByDescending(a => a.RaisedAtUtc).ThenByDescending(a => a.Id).Take(Math.Clamp(limit ?? 100, 1, 1000)).ToListAsync(cancellationToken);
        return TypedResults.Ok(alerts.Select(a => new AlertDto(a.Id, a.PlanId, a.PlanVersion, a.IndicatorCode, a.From, a.To, a.StatusVersion, a.Reason,
            DateTime.SpecifyKind(a.RaisedAtUtc, DateTimeKind.Utc))).ToList());
    }

    private static async Task<(List<ScorecardPlanDto> Plans, FieldErrors Errors)> LoadAsync(ImpactDbContext db, string? status, int? program, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        PlanStatus parsed = default;
        if (status is not null && !ImpactJson.TryParse(status, out parsed))
        {
            errors.Add("status", $"status must be one of: {ImpactJson.Names<PlanStatus>()}.");
            return ([], errors);
        }

        var query = db.Plans.AsNoTracking();
        query = status is null ? query : query.Where(p => p.Status == parsed);
        query = program is null ? query : query.Where(p => p.Program == program);
        var plans = await query.OrderBy(p => p.Title).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var ids = plans.Select(p => p.Id).ToList();
        var statuses = (await db.IndicatorStatuses.AsNoTracking().Where(s => ids.Contains(s.PlanId)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.PlanId, s.IndicatorCode));
        var result = new List<ScorecardPlanDto>(plans.Count);
        foreach (var plan in plans)
        {
            var indicators = new List<ScorecardIndicatorDto>(plan.Indicators.Count);
            foreach (var i in plan.Indicators)
            {
                var series = await PooledSeries.LoadAsync(db, i.Code, plan.Territories, i.Aggregation ?? Aggregation.Sum, cancellationToken);
                var latest = series.Points.Count > 0 ? series.Points[^1] : null;
                statuses.TryGetValue((plan.Id, i.Code), out var s);
                indicators.Add(new ScorecardIndicatorDto(i.Code, i.Label, i.Direction, i.Baseline, i.Target,
                    latest is null ? null : Period.FromIndex(series.Kind!.Value, latest.Index).ToString(), latest?.Value,
                    s?.Status ?? IndicatorStatus.NotAssessed, s?.ProjectedValue, s?.Reason, s is null ? null : DateTime.SpecifyKind(s.SinceUtc, DateTimeKind.Utc)));
            }

            var worst = indicators.Count == 0 ? IndicatorStatus.NotAssessed : indicators.Max(i => i.Status);
            result.Add(new ScorecardPlanDto(plan.Id, plan.Title, plan.Program, plan.Status, plan.Territories, plan.StartDate, plan.EndDate, worst, indicators));
        }

        return (result, errors);
    }
}
