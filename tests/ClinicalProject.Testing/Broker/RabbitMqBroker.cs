namespace ClinicalProject.Testing.Broker;

/// <summary>Where the suite's tests and local runs get their RabbitMQ broker.</summary>
public static class RabbitMqBroker
{
    /// <summary>When set, the broker to use (nothing is started or stopped).</summary>
    public const string UrlVariable = "RABBITMQ_URL";

    /// <summary>
    /// The broker named by <c>RABBITMQ_URL</c> when it is set, else a private <see cref="RabbitMqNode"/>
    /// started for the lease and stopped when the lease is disposed.
    /// </summary>
    /// <exception cref="InvalidOperationException">No URL is set and no node could be started; the message says how to install RabbitMQ.</exception>
    public static async Task<BrokerLease> AcquireAsync(CancellationToken ct = default)
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        if (!string.IsNullOrWhiteSpace(url))
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
            {
                throw new InvalidOperationException(
                    $"{UrlVariable} must be an AMQP URI such as amqp://guest:guest@localhost:5672/ (got '{url}').");
            }

            return new BrokerLease(url.Trim(), node: null);
        }

        var node = await RabbitMqNode.StartAsync(nodeName: null, ct);
        return new BrokerLease(node.AmqpUri, node);
    }
}

/// <summary>A broker to use until disposed: a private node is stopped then, an external broker is left alone.</summary>
public sealed class BrokerLease : IAsyncDisposable
{
    internal BrokerLease(string amqpUri, RabbitMqNode? node)
    {
        AmqpUri = amqpUri;
        Node = node;
    }

    public string AmqpUri { get; }

    /// <summary>The private node started for this lease; <see langword="null"/> with <c>RABBITMQ_URL</c>.</summary>
    public RabbitMqNode? Node { get; }

    public ValueTask DisposeAsync() => Node?.DisposeAsync() ?? ValueTask.CompletedTask;

    public override string ToString() => Node?.ToString() ?? AmqpUri;
}
