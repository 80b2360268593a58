using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Queues an integration event in the outbox: it is stored by the next <c>SaveChanges</c>, in the same
    /// transaction as the change, and published only once that transaction commits. The row names the message by
    /// its contract name (<see cref="MessageContracts"/>); the time comes from the context's <see cref="TimeProvider"/>.
    /// </summary>
    public static void PublishOnCommit<TMessage>(this DbContext db, TMessage message) where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = message.GetType();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = NewId.NextGuid(),
            MessageType = MessageContracts.NameOf(type),
            Body = JsonSerializer.Serialize(message, type, SerializerOptions),
            OccurredAtUtc = db.TimeProvider().GetUtcNow().UtcDateTime,
        });
    }
}
