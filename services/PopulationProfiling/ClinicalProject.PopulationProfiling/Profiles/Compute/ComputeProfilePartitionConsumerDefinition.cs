using MassTransit;
using Microsoft.Extensions.Options;

namespace ClinicalProject.PopulationProfiling.Profiles.Compute;

/// <summary>
/// The work queue's settings: few messages in flight per replica (<c>Profiling:PartitionConcurrency</c>), and
/// the prefetch no larger, so idle replicas find work on the queue instead of it waiting in a busy one's buffer.
/// </summary>
public sealed class ComputeProfilePartitionConsumerDefinition : ConsumerDefinition<ComputeProfilePartitionConsumer>
{
    private readonly int _concurrency;

    public ComputeProfilePartitionConsumerDefinition(IOptions<ProfilingOptions> options)
    {
        _concurrency = Math.Max(1, options.Value.PartitionConcurrency);
        ConcurrentMessageLimit = _concurrency;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ComputeProfilePartitionConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = _concurrency;
    }
}
