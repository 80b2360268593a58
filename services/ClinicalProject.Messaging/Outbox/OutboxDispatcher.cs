using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClinicalProject.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows, oldest first, until none is left; rows a crash left unsent are picked
/// up at the next start. Each row is claimed before it is published, so replicas sharing a database do not
/// all send it; a claim that outlives its holder (a crashed replica) expires and the row is sent again.
/// The row's id is the message id, so a re-send after a crash between publish and mark is recognised by the
/// consumers' inboxes.
/// </summary>
internal sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    OutboxSignal signal,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private readonly MessagingOptions _options = options.Value;
    private DateTime _nextCleanupUtc;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) > 0)
                {
                }

                await CleanUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database or the broker is away: try again at the next poll.
                LogDispatchFailed(exception);
            }

            try
            {
                await signal.WaitAsync(_options.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Publishes up to one batch of due rows; returns how many were published.</summary>
    internal async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var outbox = db.Set<OutboxMessage>();
        var now = clock.GetUtcNow().UtcDateTime;

        var due = await outbox.AsNoTracking()
            .Where(m => m.SentAtUtc == null && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.OccurredAtUtc).ThenBy(m => m.Id)
            .Take(_options.OutboxBatchSize)
            .ToListAsync(cancellationToken);

        var published = 0;
        foreach (var row in due)
        {
            var claimUntil = clock.GetUtcNow().UtcDateTime + _options.OutboxClaimDuration;
            var claimed = await outbox
                .Where(m => m.Id == row.Id && m.SentAtUtc == null && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntilUtc, claimUntil), cancellationToken);
            if (claimed == 0)
            {
                continue; // another replica has it
            }

            try
            {
                var messageType = MessageContracts.Resolve(row.MessageType);
                var message = JsonSerializer.Deserialize(row.Body, messageType, OutboxDbContextExtensions.SerializerOptions)
                    ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty body.");
                await bus.Publish(message, messageType, context => context.MessageId = row.Id, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var attempts = row.Attempts + 1;
                var retryAt = clock.GetUtcNow().UtcDateTime + Backoff(attempts);
                var error = Truncate(exception.Message, 2000);
                await outbox.Where(m => m.Id == row.Id).ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.ClaimedUntilUtc, retryAt), CancellationToken.None);
                LogPublishFailed(exception, row.Id, row.MessageType, attempts);
                continue;
            }

            var sentAt = clock.GetUtcNow().UtcDateTime;
            await outbox.Where(m => m.Id == row.Id).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.SentAtUtc, sentAt)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
            published++;
        }

        return published;
    }

    private async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < _nextCleanupUtc)
        {
            return;
        }

        _nextCleanupUtc = now + TimeSpan.FromHours(1);
        var cutoff = now - _options.Retention;
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Set<OutboxMessage>().Where(m => m.SentAtUtc != null && m.SentAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Inbox.InboxMessage>().Where(m => m.ProcessedAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(Math.Pow(2, Math.Min(attempts, 10)), _options.RetryMaxInterval.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed; retrying at the next poll")]
    private partial void LogDispatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({MessageType}) failed, attempt {Attempts}")]
    private partial void LogPublishFailed(Exception exception, Guid messageId, string messageType, int attempts);
}
