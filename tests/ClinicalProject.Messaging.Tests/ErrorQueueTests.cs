using System.Text;
using ClinicalProject.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Xunit.Abstractions;

namespace ClinicalProject.Messaging.Tests;

/// <summary>Bounded retries, then the <c>_error</c> queue: a message that keeps failing is kept, not lost.</summary>
public sealed class ErrorQueueTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Message_whose_consumer_keeps_failing_is_retried_RetryLimit_times_then_moved_to_the_error_queue()
    {
        await using var bed = await TestBed.CreateAsync(output);
        var consumer = await bed.StartServiceAsync("consumer", bus => bus.AddConsumer<PoisonPillConsumer>());
        var queue = consumer.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<PoisonPillConsumer>();
        Assert.StartsWith($"{bed.EntityPrefix}-consumer-", queue, StringComparison.Ordinal);

        var pill = new PoisonPill(Guid.NewGuid());
        var messageId = NewId.NextGuid();
        await consumer.Services.GetRequiredService<IBus>().Publish(pill, context => context.MessageId = messageId);

        var factory = new ConnectionFactory { Uri = new Uri(bed.BrokerUri) };
        await using var connection = await factory.CreateConnectionAsync();
        BasicGetResult? faulted = null;
        await Eventually.HappensAsync(
            async () => (faulted = await TryGetAsync(connection, queue + "_error")) is not null,
            $"the message is in {queue}_error");

        Assert.Equal(1 + TestBed.RetryLimit, bed.Probe.Attempts);
        Assert.Equal(messageId.ToString(), faulted!.BasicProperties.MessageId);
        var headers = faulted.BasicProperties.Headers ?? new Dictionary<string, object?>();
        Assert.True(headers.TryGetValue("MT-Fault-ExceptionType", out var exceptionType));
        Assert.Equal(typeof(InvalidOperationException).FullName, Encoding.UTF8.GetString((byte[])exceptionType!));
        Assert.Contains(pill.Id.ToString(), Encoding.UTF8.GetString(faulted.Body.Span), StringComparison.OrdinalIgnoreCase);

        // Nothing left in the consumer's own queue, and no further attempt once it is in the error queue.
        Assert.Null(await TryGetAsync(connection, queue));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal(1 + TestBed.RetryLimit, bed.Probe.Attempts);
    }

    /// <summary>Takes one message from <paramref name="queue"/>; null while it is empty or does not exist yet.</summary>
    private static async Task<BasicGetResult?> TryGetAsync(IConnection connection, string queue)
    {
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return await channel.BasicGetAsync(queue, autoAck: true);
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }
}
