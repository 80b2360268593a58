using ClinicalProject.Contracts;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Gaps;

/// <summary>
/// Keeps the known gaps (<see cref="KnownGap"/>) that plans may reference: on <c>GapAnalysisCompleted</c> it reads the
/// analysis's gaps from gap analysis (claim check) before the transaction opens, then stores them once per analysis.
/// </summary>
public sealed partial class GapAnalysisCompletedConsumer(ImpactDbContext db, GapAnalysisClient gaps, ILogger<GapAnalysisCompletedConsumer> logger)
    : IdempotentConsumer<GapAnalysisCompleted, ImpactDbContext>(db)
{
    private List<GapSummary> _gaps = [];

    protected override async Task PrepareAsync(ConsumeContext<GapAnalysisCompleted> context, CancellationToken cancellationToken)
    {
        var known = await Db.KnownAnalyses.AsNoTracking().AnyAsync(a => a.AnalysisId == context.Message.AnalysisId, cancellationToken);
        _gaps = known ? [] : await gaps.GetGapsAsync(context.Message.AnalysisId, cancellationToken);
    }

    protected override async Task HandleAsync(ConsumeContext<GapAnalysisCompleted> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        if (await Db.KnownAnalyses.AnyAsync(a => a.AnalysisId == message.AnalysisId || a.Version == message.AnalysisVersion, cancellationToken))
        {
            return;
        }

        Db.KnownAnalyses.Add(new KnownAnalysis
        {
            AnalysisId = message.AnalysisId,
            Version = message.AnalysisVersion,
            GapCount = _gaps.Count,
            CompletedAtUtc = message.CompletedAt.UtcDateTime,
        });
        Db.KnownGaps.AddRange(_gaps.DistinctBy(g => g.Key).Select(g => new KnownGap
        {
            AnalysisVersion = message.AnalysisVersion,
            Key = g.Key,
            AnalysisId = message.AnalysisId,
            Type = g.Type,
            Rule = g.Rule,
            Program = g.Program,
            Territory = g.Territory,
            Priority = g.Priority,
            SentenceEn = g.SentenceEn,
            SentenceFr = g.SentenceFr,
        }));
        LogKnown(message.AnalysisVersion, _gaps.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gap analysis {Version}: {Count} gaps known to plans")]
    private partial void LogKnown(long version, int count);
}

/// <summary>Names the queue after the event (the formatter adds this service's prefix).</summary>
public sealed class GapAnalysisCompletedConsumerDefinition : ConsumerDefinition<GapAnalysisCompletedConsumer>
{
    public GapAnalysisCompletedConsumerDefinition(IEndpointNameFormatter formatter)
    {
        EndpointName = formatter.Message<GapAnalysisCompleted>();
    }
}
