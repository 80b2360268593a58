using ClinicalProject.Contracts;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Status;

/// <summary>
/// Keeps each followed indicator's status current (<see cref="StatusRule"/>): after a plan changes and after its
/// indicators' values change. A change to off track adds an alert and queues <see cref="IndicatorOffTrack"/> in the
/// outbox, saved with the caller's change.
/// </summary>
public sealed class IndicatorStatusUpdater(ImpactDbContext db)
{
    /// <summary>Re-assesses every plan in progress that follows one of <paramref name="indicators"/>.</summary>
    public async Task ReassessIndicatorsAsync(IReadOnlyCollection<string> indicators, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.Where(p => p.Status == PlanStatus.InProgress).ToListAsync(cancellationToken);
        foreach (var plan in plans.Where(p => p.Indicators.Any(i => indicators.Contains(i.Code))))
        {
            await AssessAsync(plan, nowUtc, cancellationToken);
        }
    }

    /// <summary>Assesses <paramref name="plan"/>'s indicators (planned plans: not assessed; done or stopped: left as they were).</summary>
    public async Task AssessAsync(ActionPlan plan, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (plan.Status is PlanStatus.Done or PlanStatus.Stopped)
        {
            return;
        }

        var held = await db.IndicatorStatuses.Where(s => s.PlanId == plan.Id).ToListAsync(cancellationToken);
        db.IndicatorStatuses.RemoveRange(held.Where(s => plan.Indicators.All(i => i.Code != s.IndicatorCode)));
        foreach (var indicator in plan.Indicators)
        {
            var assessment = plan.Status == PlanStatus.Planned
                ? new StatusAssessment(IndicatorStatus.NotAssessed, null, 0, "The plan has not started.")
                : await AssessIndicatorAsync(plan, indicator, cancellationToken);
            var entry = held.FirstOrDefault(s => s.IndicatorCode == indicator.Code);
            if (entry is null)
            {
                entry = new IndicatorStatusEntry { PlanId = plan.Id, IndicatorCode = indicator.Code, Status = IndicatorStatus.NotAssessed, Reason = string.Empty, SinceUtc = nowUtc };
                db.IndicatorStatuses.Add(entry);
            }

            var previous = entry.Status;
            if (assessment.Status != previous || entry.StatusVersion == 0)
            {
                entry.StatusVersion++;
                entry.SinceUtc = nowUtc;
            }

            entry.Status = assessment.Status;
            entry.ProjectedValue = assessment.ProjectedValue;
            entry.PointsSinceStart = assessment.PointsSinceStart;
            entry.Reason = assessment.Reason;
            entry.AssessedAtUtc = nowUtc;
            if (assessment.Status == IndicatorStatus.OffTrack && previous != IndicatorStatus.OffTrack)
            {
                RaiseAlert(plan, entry, previous, nowUtc);
            }
        }
    }

    /// <summary>The assessment of one followed indicator of a plan in progress, from the values held.</summary>
    public async Task<StatusAssessment> AssessIndicatorAsync(ActionPlan plan, FollowedIndicator indicator, CancellationToken cancellationToken)
    {
        var series = await PooledSeries.LoadAsync(db, indicator.Code, plan.Territories, indicator.Aggregation ?? Aggregation.Sum, cancellationToken);
        if (series.Kind is not { } kind)
        {
            return new StatusAssessment(IndicatorStatus.NotAssessed, null, 0, "No values are held for the plan's territories.");
        }

        var start = Period.Containing(kind, plan.StartDate).Index;
        var before = series.Points.Count(p => p.Index < start);
        var since = series.Points.Skip(before).ToList();
        var direction = indicator.Direction ?? Direction.LowerIsBetter;
        var signals = IndicatorChart.Signals(IndicatorChart.Draw(series.Points, before, indicator.Aggregation ?? Aggregation.Sum), before, direction);
        var target = Period.Containing(kind, indicator.Target!.Date!.Value).Index;
        return StatusRule.Assess(direction, indicator.Baseline!.Value!.Value, indicator.Target.Value!.Value, since, target, signals);
    }

    private void RaiseAlert(ActionPlan plan, IndicatorStatusEntry entry, IndicatorStatus previous, DateTime nowUtc)
    {
        var alert = new IndicatorAlert
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            PlanVersion = plan.Version,
            IndicatorCode = entry.IndicatorCode,
            From = previous,
            To = IndicatorStatus.OffTrack,
            StatusVersion = entry.StatusVersion,
            Reason = entry.Reason,
            RaisedAtUtc = nowUtc,
        };
        db.Alerts.Add(alert);
        db.PublishOnCommit(new IndicatorOffTrack(alert.Id, plan.Id, plan.Version, entry.IndicatorCode, entry.StatusVersion, new DateTimeOffset(nowUtc, TimeSpan.Zero)));
    }
}
