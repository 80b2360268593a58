namespace ClinicalProject.Messaging;

/// <summary>The <c>Messaging</c> configuration section. Every value has a working default.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>
    /// Prefix of this service's queue names, so that each service gets its own copy of an event while the
    /// replicas of one service compete on the same queue. Default: the application name in kebab case.
    /// </summary>
    public string? ServiceName { get; set; }

    /// <summary>
    /// Optional prefix of every exchange and queue: lets several environments share one broker.
    /// </summary>
    public string? EntityPrefix { get; set; }

    /// <summary>Redeliveries after the first failure, before the message goes to the <c>_error</c> queue.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryIntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the outbox dispatcher looks for unsent events when nothing wakes it.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int OutboxBatchSize { get; set; } = 100;

    /// <summary>How long a replica's claim on an outbox row lasts before another replica may take it over.</summary>
    public TimeSpan OutboxClaimDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sent outbox rows and processed inbox rows older than this are deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
