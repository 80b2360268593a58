using System.Net.Http.Json;
using ClinicalProject.Contracts;
using ClinicalProject.Testing.Broker;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.PopulationProfiling.Profiles;
using ClinicalProject.PopulationProfiling.Profiles.Jobs;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Tests.Profiles;

/// <summary>Two replicas of the service on a real RabbitMQ broker, competing for a job's partitions.</summary>
public sealed class ProfileWorkQueueTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("profiling-replicas-").FullName;
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..10];
    private BrokerLease? _broker;

    public async Task InitializeAsync()
    {
        try
        {
            _broker = await RabbitMqBroker.AcquireAsync();
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException($"These tests need a RabbitMQ broker: {exception.Message}\n{RabbitMqNode.InstallHint}", exception);
        }
    }

    [Fact]
    public async Task A_partition_left_by_a_dying_replica_is_redelivered_and_the_other_replica_completes_the_job_once()
    {
        var stalled = new StalledPartitionComputer();
        await using var link = new SeverableTcpProxy(_broker!.AmqpUri);
        await using var replicaA = new ReplicaFactory(link.AmqpUri, _dataDirectory, _prefix, "replica-a", stalled);
        var clientA = replicaA.CreateClient();
        var (population, numerators) = await ProfileTestData.ImportAsync(clientA);

        // Only A runs: it takes one partition (prefetch 1) and stalls; the other two wait on the queue.
        var response = await clientA.PostAsJsonAsync("/profiles/jobs",
            ProfileTestData.JobRequest(population, numerators, "er-visits", "population", "seniors-75-plus"));
        var location = response.Headers.Location!;
        var taken = await stalled.Started.WaitAsync(TimeSpan.FromSeconds(30));

        await using var replicaB = new ReplicaFactory(_broker.AmqpUri, _dataDirectory, _prefix, "replica-b");
        var clientB = replicaB.CreateClient();
        await WaitUntilAsync(async () => (await Job(clientB, location)).CompletedPartitions == 2, "B computes the two queued partitions");
        Assert.Equal(ProfileJobState.Running, (await Job(clientB, location)).State); // A still holds the third

        link.Sever(); // A dies with the partition un-acked: the broker requeues it and hands it to B
        await WaitUntilAsync(async () => (await Job(clientB, location)).State != ProfileJobState.Running, "the job ends");

        var job = await Job(clientB, location);
        Assert.Equal((ProfileJobState.Succeeded, 3), (job.State, job.CompletedPartitions));
        var partitions = await replicaB.QueryDbAsync(db => db.ProfilePartitions.AsNoTracking().Where(p => p.JobId == job.Id).ToListAsync());
        Assert.All(partitions, p => Assert.Equal((true, "replica-b"), (p.Done, p.ComputedBy)));
        Assert.Contains(partitions, p => p.IndicatorCode == taken);
        var figures = await replicaB.QueryDbAsync(db => db.ProfileValues.CountAsync(v => v.JobId == job.Id && v.IndicatorCode == taken && v.Quintile == 0));
        Assert.Equal(7, figures); // one figure per territory, stored once
        await WaitUntilAsync(async () => await SentAsync(replicaB, job.Id) == 1, "PopulationProfileComputed is sent");
        await Task.Delay(500);
        Assert.Equal(1, await SentAsync(replicaB, job.Id));
    }

    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static async Task<ProfileJobDto> Job(HttpClient client, Uri location) => await (await client.GetAsync(location)).ReadAsync<ProfileJobDto>();

    private static Task<int> SentAsync(ReplicaFactory replica, Guid jobId) => replica.QueryDbAsync(async db =>
        (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType == MessageContracts.NameOf(typeof(PopulationProfileComputed)) && m.SentAtUtc != null).ToListAsync())
        .Count(m => m.Body.Contains(jobId.ToString(), StringComparison.OrdinalIgnoreCase)));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(100);
        }
    }
}
