namespace ClinicalProject.Benchmarks.Profiling.ScaleOut;

/// <summary>
/// One timed batch: <see cref="Profiles"/> Quebec-scale profiles submitted together and followed until each one's
/// result is readable, with <see cref="Replicas"/> replicas consuming the partitions.
/// </summary>
/// <param name="CpuSeconds">CPU time (user + system) during the batch, by process: the replicas, the broker, this driver.</param>
/// <param name="MachineBusySeconds">CPU time every core of the machine spent busy during the batch, whoever used it.</param>
/// <param name="PartitionsByReplica">How many partitions each replica stored (<c>Profiling:ReplicaName</c>).</param>
/// <param name="Check">The province's rate of the first indicator in the first year, as the API answers it.</param>
public sealed record ScaleOutMeasurement(
    int Run,
    int Replicas,
    int Profiles,
    int Partitions,
    double WallSeconds,
    IReadOnlyDictionary<string, double> CpuSeconds,
    double MachineBusySeconds,
    string LoadBefore,
    string LoadAfter,
    IReadOnlyDictionary<string, int> PartitionsByReplica,
    double Check)
{
    public double ProfilesPerMinute => Profiles * 60 / WallSeconds;

    public double PartitionsPerSecond => Partitions / WallSeconds;

    /// <summary>CPU seconds of the replicas, the broker and the driver together.</summary>
    public double OwnCpuSeconds => CpuSeconds.Values.Sum();

    /// <summary>CPU seconds per profile, replicas only (the work itself, with what the replicas' number adds to it).</summary>
    public double ReplicaCpuPerProfile => CpuSeconds.Where(c => c.Key.StartsWith(ReplicaPrefix, StringComparison.Ordinal)).Sum(c => c.Value) / Profiles;

    /// <summary>Cores the benchmark's processes kept busy on average.</summary>
    public double OwnCores => OwnCpuSeconds / WallSeconds;

    /// <summary>Cores the machine's other users (other builds) took on average meanwhile.</summary>
    public double OtherCores => Math.Max(0, MachineBusySeconds - OwnCpuSeconds) / WallSeconds;

    public const string ReplicaPrefix = "replica";
    public const string Broker = "broker (RabbitMQ)";
    public const string Driver = "driver (this program)";
}
