namespace ClinicalProject.Messaging.Inbox;

/// <summary>A message a consumer has already applied: a second delivery of it changes nothing.</summary>
public sealed class InboxMessage
{
    /// <summary>The length of the <see cref="Consumer"/> column.</summary>
    internal const int ConsumerMaxLength = 256;

    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTime ProcessedAtUtc { get; set; }
}
