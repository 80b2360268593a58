using System.Collections.Concurrent;
using MassTransit;

namespace ClinicalProject.Messaging.Tests.Infrastructure;

/// <summary>What the consumers of one test saw; the test waits on it and asserts on it.</summary>
public sealed class Probe
{
    private readonly ConcurrentQueue<Delivery> _received = new();
    private readonly ConcurrentQueue<Delivery> _completed = new();
    private readonly ConcurrentQueue<Delivery> _faulted = new();
    private int _attempts;

    /// <summary>Messages handed to a recording consumer.</summary>
    public IReadOnlyList<Delivery> Received => [.. _received];

    /// <summary>Deliveries whose consumers finished without error (whatever they did), from the consume observer.</summary>
    public IReadOnlyList<Delivery> Completed => [.. _completed];

    /// <summary>Deliveries whose consumers still failed after their retries (on their way to the error queue).</summary>
    public IReadOnlyList<Delivery> Faulted => [.. _faulted];

    /// <summary>Calls of a failing consumer, retries included.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    public void Receive(ConsumeContext context, object message) => _received.Enqueue(new Delivery(context.MessageId, message));

    public void Complete(ConsumeContext context, object message) => _completed.Enqueue(new Delivery(context.MessageId, message));

    public void Fault(ConsumeContext context, object message) => _faulted.Enqueue(new Delivery(context.MessageId, message));

    public int Attempt() => Interlocked.Increment(ref _attempts);
}

public sealed record Delivery(Guid? MessageId, object Message);

/// <summary>Counts every delivery a consumer completed (however it handled it) or failed for good.</summary>
public sealed class DeliveryObserver(Probe probe) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        probe.Complete(context, context.Message);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        probe.Fault(context, context.Message);
        return Task.CompletedTask;
    }
}

/// <summary>Waits for what happens asynchronously, failing with a useful message when it does not.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static async Task HappensAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {(timeout ?? DefaultTimeout).TotalSeconds:0} s waiting until {what}.");
            }

            await Task.Delay(50);
        }
    }

    public static Task HappensAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        HappensAsync(() => Task.FromResult(condition()), what, timeout);
}
