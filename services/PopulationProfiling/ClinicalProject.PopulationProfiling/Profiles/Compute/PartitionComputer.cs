using System.Collections.Concurrent;
using System.Globalization;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.Statistics;
using ClinicalProject.Statistics.Suppression;
using Microsoft.EntityFrameworkCore;
using Engine = ClinicalProject.PopulationProfiling.Engine;

namespace ClinicalProject.PopulationProfiling.Profiles.Compute;

/// <summary>
/// Computes one partition of a profile job with the engine (every period of one indicator, every territory,
/// quintile breakdowns, comparisons, trends, small-cell suppression) and turns the result into rows. Pure
/// reading: nothing is written here, so a redelivered partition can run it again.
/// </summary>
public sealed class PartitionComputer : IPartitionComputer
{
    // A replica usually computes several partitions of one job in a row: the model (hierarchy, population
    // cube, quintiles) is the same for all of them and its data never changes, so it is loaded once per job.
    private readonly ConcurrentDictionary<Guid, Lazy<Task<Engine.Inputs.ProfileModel>>> _models = new();

    public async Task<PartitionFigures> ComputeAsync(ProfilingDbContext db, Guid jobId, string indicatorCode, CancellationToken cancellationToken)
    {
        var job = await db.ProfileJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken);
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Code == indicatorCode, cancellationToken)
                        ?? throw new InvalidOperationException($"Indicator {indicatorCode} left the catalogue while job {jobId} was running.");
        var model = await ModelAsync(db, job, cancellationToken);
        var input = await ProfileInputs.LoadIndicatorAsync(db, job, model, indicator, cancellationToken);
        return Compute(job, model, input, indicator, cancellationToken);
    }

    private async Task<Engine.Inputs.ProfileModel> ModelAsync(ProfilingDbContext db, ProfileJob job, CancellationToken cancellationToken)
    {
        var lazy = _models.GetOrAdd(job.Id, _ => new Lazy<Task<Engine.Inputs.ProfileModel>>(() => ProfileInputs.LoadModelAsync(db, job, cancellationToken)));
        foreach (var other in _models.Keys.Where(id => id != job.Id))
        {
            _models.TryRemove(other, out _); // one job at a time is the rule; keep memory to one model
        }

        try
        {
            return await lazy.Value;
        }
        catch
        {
            _models.TryRemove(new KeyValuePair<Guid, Lazy<Task<Engine.Inputs.ProfileModel>>>(job.Id, lazy)); // let the next delivery load it again
            throw;
        }
    }

    /// <summary>The engine's figures for one indicator, as rows. Public for the benchmark, which times this step alone too.</summary>
    public static PartitionFigures Compute(ProfileJob job, Engine.Inputs.ProfileModel model, Engine.Inputs.IndicatorData input, Indicator indicator,
        CancellationToken cancellationToken)
    {
        var options = new Engine.Computation.ProfileOptions(new SmallCellRule(job.SuppressionThreshold), Quintiles: model.Quintiles is not null);
        var periods = Engine.Computation.ProfileEngine.Compute(model, input, options: options, cancellationToken: cancellationToken);
        var profile = Engine.Results.ProfileMerger.Merge(model, periods, options.TrendSignificance).Single();
        var tree = model.Tree;
        var values = new List<ProfileValue>(tree.Count * periods.Count);
        var withheld = new bool[tree.Count];
        foreach (var result in profile.Periods)
        {
            var period = int.Parse(result.Period, CultureInfo.InvariantCulture);
            for (var t = 0; t < tree.Count; t++)
            {
                var figure = result.Published(t);
                withheld[t] |= figure.Figure.Suppression != SuppressionStatus.Published;
                values.Add(Row(job.Id, indicator.Code, period, tree.Codes[t], tree.Levels[t], 0, figure.Figure, figure.VersusParent, figure.VersusProvince));
                if (result.Quintiles is { } quintiles && !tree.IsLeaf(t))
                {
                    for (var q = 0; q < Engine.Results.QuintileBreakdown.Slots; q++)
                    {
                        // Engine slot 0 holds DAs of unknown quintile; stored as 6 so 0 can mean the whole territory.
                        values.Add(Row(job.Id, indicator.Code, period, tree.Codes[t], tree.Levels[t], (byte)(q == 0 ? 6 : q),
                            quintiles.Published(t, q), ComparisonOutcome.NotCompared, ComparisonOutcome.NotCompared));
                    }
                }
            }
        }

        var trends = new List<ProfileTrend>(tree.Count);
        for (var t = 0; t < tree.Count; t++)
        {
            // A trend over a withheld figure would hint at it: none is published where any period was withheld.
            var trend = profile.Trends[t];
            var shown = !withheld[t] && trend.Direction != TrendDirection.NotCalculated;
            trends.Add(new ProfileTrend
            {
                JobId = job.Id,
                IndicatorCode = indicator.Code,
                TerritoryCode = tree.Codes[t],
                Direction = shown ? trend.Direction : TrendDirection.NotCalculated,
                PValue = shown && double.IsFinite(trend.PValue) ? trend.PValue : null,
                Periods = trend.Periods,
            });
        }

        return new PartitionFigures(values, trends);
    }

    private static ProfileValue Row(Guid jobId, string indicator, int period, string territory, string level, byte quintile,
        Engine.Results.PublishedFigure figure, ComparisonOutcome versusParent, ComparisonOutcome versusProvince) => new()
    {
        JobId = jobId,
        IndicatorCode = indicator,
        Period = period,
        TerritoryCode = territory,
        Level = level,
        Quintile = quintile,
        Count = figure.Count,
        Denominator = figure.Denominator,
        Value = Finite(figure.At95?.Value),
        Lower95 = Finite(figure.At95?.LowerCi),
        Upper95 = Finite(figure.At95?.UpperCi),
        Lower998 = Finite(figure.At998?.LowerCi),
        Upper998 = Finite(figure.At998?.UpperCi),
        Method = figure.At95?.Method ?? IntervalMethod.None,
        Status = figure.Status.ToString(),
        Suppression = figure.Suppression,
        VersusParent = versusParent,
        VersusProvince = versusProvince,
    };

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
