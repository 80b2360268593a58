using System.Globalization;
using ClinicalProject.Contracts;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Status;
using ClinicalProject.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Series;

/// <summary>
/// Brings a computed profile's figures into the series of the indicators that plans follow (yearly values, source
/// <see cref="Source"/>), once per event; a figure already held unchanged adds nothing, a changed one is a correction.
/// Suppressed figures (no value) are not recorded.
/// </summary>
public sealed partial class PopulationProfileComputedConsumer(
    ImpactDbContext db, ProfilingClient profiling, SeriesWriter writer, IndicatorStatusUpdater statuses, TimeProvider clock,
    ILogger<PopulationProfileComputedConsumer> logger)
    : IdempotentConsumer<PopulationProfileComputed, ImpactDbContext>(db)
{
    public const string Source = "population-profiling";
    public const string Author = "population-profiling";

    private readonly List<SeriesEntry> _entries = [];

    /// <summary>Fetches the followed indicators' figures before the transaction opens (claim check).</summary>
    protected override async Task PrepareAsync(ConsumeContext<PopulationProfileComputed> context, CancellationToken cancellationToken)
    {
        _entries.Clear();
        var message = context.Message;
        var followed = (await Db.Plans.AsNoTracking().Select(p => p.Indicators).ToListAsync(cancellationToken))
            .SelectMany(i => i).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var indicator in message.IndicatorCodes.Where(followed.Contains).Distinct())
        {
            var figures = await profiling.GetFiguresAsync(message.ProfileId, indicator, cancellationToken);
            _entries.AddRange(figures.Where(f => f.Value is not null).Select(f => new SeriesEntry(
                f.Indicator, f.Territory, f.Period.ToString(CultureInfo.InvariantCulture), f.Value, f.Denominator > 0 ? f.Denominator : null, Source,
                string.Create(CultureInfo.InvariantCulture, $"profile {message.ProfileId} v{message.ProfileVersion}"))));
        }
    }

    protected override async Task HandleAsync(ConsumeContext<PopulationProfileComputed> context, CancellationToken cancellationToken)
    {
        if (_entries.Count == 0)
        {
            LogNothingFollowed(context.Message.ProfileId);
            return;
        }

        var (valid, errors) = await writer.ValidateAsync(_entries, i => $"figures[{i}]", cancellationToken);
        if (errors.HasErrors)
        {
            // Profiling's figures are yearly; a series this service holds by month or quarter cannot take them.
            LogRefused(context.Message.ProfileId, errors.Count, string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value).Take(3)));
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = await writer.ApplyAsync(valid, Author, now, cancellationToken);
        LogReceived(context.Message.ProfileId, result.Added, result.Corrected, result.Unchanged);
        if (result.Added + result.Corrected > 0)
        {
            await Db.SaveChangesAsync(cancellationToken); // inside the consumer's transaction
            await statuses.ReassessIndicatorsAsync(valid.Select(v => v.Entry.Indicator!).Distinct().ToList(), now, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile {ProfileId}: no indicator followed by a plan")]
    private partial void LogNothingFollowed(Guid profileId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile {ProfileId}: {Count} figures refused, none recorded: {Errors}")]
    private partial void LogRefused(Guid profileId, int count, string errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile {ProfileId}: {Added} values added, {Corrected} corrected, {Unchanged} unchanged")]
    private partial void LogReceived(Guid profileId, int added, int corrected, int unchanged);
}

/// <summary>Names the queue after the event (the formatter adds this service's prefix).</summary>
public sealed class PopulationProfileComputedConsumerDefinition : ConsumerDefinition<PopulationProfileComputedConsumer>
{
    public PopulationProfileComputedConsumerDefinition(IEndpointNameFormatter formatter)
    {
        EndpointName = formatter.Message<PopulationProfileComputed>();
    }
}
