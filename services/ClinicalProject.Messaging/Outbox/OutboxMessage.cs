namespace ClinicalProject.Messaging.Outbox;

/// <summary>An integration event saved with the change that caused it, waiting to be published.</summary>
public sealed class OutboxMessage
{
    /// <summary>Also the message id on the wire, so the consumers' inboxes recognise a re-send.</summary>
    public Guid Id { get; set; }

    /// <summary>The CLR type of the message (<c>Full.Name, Assembly</c>).</summary>
    public required string MessageType { get; set; }

    /// <summary>The message as JSON.</summary>
    public required string Body { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    /// <summary>While set and in the future, a dispatcher is publishing the row (or backing off after a failure).</summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
