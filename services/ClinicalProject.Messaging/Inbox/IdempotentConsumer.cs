using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Messaging.Inbox;

/// <summary>
/// A consumer whose effect happens once per message id, however often the message is delivered: the
/// effect and the inbox row that records it are saved in one transaction. A failure rolls both back and
/// lets the retry policy (then the <c>_error</c> queue) take over.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db { get; } = db;

    /// <summary>The application's clock, as the database context sees it.</summary>
    protected TimeProvider Time => Db.TimeProvider();

    /// <summary>
    /// The inbox key: one name per consumer, so two consumers of one message are independent. By default the
    /// consumer's full type name, generic arguments spelled without assembly versions (at most 256 characters).
    /// </summary>
    protected virtual string ConsumerName => InboxConsumerName.Of(GetType());

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id; it cannot be de-duplicated.");
        var consumer = ConsumerName;
        var cancellationToken = context.CancellationToken;

        // Slow work (an HTTP fetch, say) happens before the transaction, so no database lock waits on it.
        if (await AlreadyProcessedAsync(messageId, consumer, cancellationToken))
        {
            return;
        }

        await PrepareAsync(context, cancellationToken);

        var strategy = Db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            Db.ChangeTracker.Clear();
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            if (await AlreadyProcessedAsync(messageId, consumer, cancellationToken))
            {
                return;
            }

            await HandleAsync(context, cancellationToken);
            Db.Set<InboxMessage>().Add(new InboxMessage
            {
                MessageId = messageId,
                Consumer = consumer,
                ProcessedAtUtc = Time.GetUtcNow().UtcDateTime,
            });
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>
    /// Optional work before the transaction, such as fetching what a claim-check event points at. It may
    /// run again on a redelivery, so it must not change anything itself.
    /// </summary>
    protected virtual Task PrepareAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken) => Task.CompletedTask;

    private Task<bool> AlreadyProcessedAsync(Guid messageId, string consumer, CancellationToken cancellationToken) =>
        Db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken);

    /// <summary>Applies the message's effect to <see cref="Db"/>; it is saved with the inbox row.</summary>
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken);
}
