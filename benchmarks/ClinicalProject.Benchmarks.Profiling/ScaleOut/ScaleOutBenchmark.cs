using System.Diagnostics;
using System.Globalization;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing.Broker;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Benchmarks.Profiling.ScaleOut;

/// <summary>
/// The profile computed by 1 and by N replicas of the real service on one broker: the Quebec-scale case is loaded
/// once through the API, then, run after run, each replica count in turn (the order alternating) times a batch
/// of profiles from submission to readable result. A replica started for a batch is warmed first by a small
/// untimed job, so no batch pays for JIT compilation.
/// </summary>
public static class ScaleOutBenchmark
{
    public sealed record Settings(string DataDirectory, long Events, int Runs, IReadOnlyList<int> ReplicaCounts, int ProfilesPerBatch, string OutputDirectory);

    public static async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var root = BenchmarkHost.RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("clinicalproject-scaleout-").FullName;
        var machineBefore = MachineCpu.Read();
        var measurements = new List<ScaleOutMeasurement>();
        try
        {
            await using var broker = await RabbitMqBroker.AcquireAsync(cancellationToken);
            var brokerCpu = ProcessCpu.ListeningOn(new Uri(broker.AmqpUri).Port);
            var signingKey = DevelopmentTokens.NewRandomKey();
            await using var replicas = await ProfilingReplicas.CreateAsync(root, work, broker.AmqpUri, signingKey, cancellationToken);
            await replicas.ScaleToAsync(1, cancellationToken);
            using var api = new ProfilingApi(replicas.First.Address, signingKey);
            var load = Stopwatch.StartNew();
            await api.LoadAsync(settings.DataDirectory, Console.Out, cancellationToken);
            Console.WriteLine($"Quebec-scale case loaded through the API in {load.Elapsed.TotalSeconds:0} s.");
            await WarmUpAsync(api, cancellationToken);

            for (var run = 1; run <= settings.Runs; run++)
            {
                var order = run % 2 == 1 ? settings.ReplicaCounts : settings.ReplicaCounts.Reverse().ToList();
                foreach (var count in order)
                {
                    if (await replicas.ScaleToAsync(count, cancellationToken) > 0)
                    {
                        await WarmUpAsync(api, cancellationToken);
                    }

                    var measurement = await MeasureAsync(run, replicas, brokerCpu, api, settings.ProfilesPerBatch, cancellationToken);
                    measurements.Add(measurement);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"run {run}, {count} replica(s): {measurement.WallSeconds,7:0.0} s for {measurement.Profiles} profile(s), " +
                        $"{measurement.ProfilesPerMinute:0.00} profiles/min, replicas' CPU {measurement.ReplicaCpuPerProfile:0.0} s/profile, " +
                        $"own {measurement.OwnCores:0.00} cores, others {measurement.OtherCores:0.00} cores, partitions {Split(measurement)}"));
                    ScaleOutReport.Write(settings, measurements, machineBefore, MachineCpu.Read(), settings.OutputDirectory);
                }
            }

            var report = ScaleOutReport.Write(settings, measurements, machineBefore, MachineCpu.Read(), settings.OutputDirectory);
            Console.WriteLine(report);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A small untimed job (the two rarest indicators), so every running replica has loaded and compiled the path.</summary>
    private static async Task WarmUpAsync(ProfilingApi api, CancellationToken cancellationToken)
    {
        var indicators = ProfilingApi.Indicators.TakeLast(2).ToList();
        var job = await api.StartProfileAsync(indicators, cancellationToken);
        await api.WaitForProfileAsync(job, indicators[0], cancellationToken);
    }

    private static async Task<ScaleOutMeasurement> MeasureAsync(
        int run, ProfilingReplicas replicas, ProcessCpu brokerCpu, ProfilingApi api, int profiles, CancellationToken cancellationToken)
    {
        var processes = replicas.Running.Select((p, i) => (Name: $"{ScaleOutMeasurement.ReplicaPrefix} {i + 1}", Cpu: ProcessCpu.Of(p.Id)))
            .Append((Name: ScaleOutMeasurement.Broker, Cpu: brokerCpu))
            .ToList();
        var self = Process.GetCurrentProcess();
        var machine = MachineCpu.Read();
        var before = processes.Select(p => p.Cpu.Used()).ToList();
        var selfBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var jobs = new List<Guid>();
        for (var i = 0; i < profiles; i++)
        {
            jobs.Add(await api.StartProfileAsync(ProfilingApi.Indicators, cancellationToken));
        }

        var checks = await Task.WhenAll(jobs.Select(job => api.WaitForProfileAsync(job, ProfilingApi.Indicators[0], cancellationToken)));
        clock.Stop();
        self.Refresh();
        var cpu = processes.Select((p, i) => (p.Name, Seconds: (p.Cpu.Used() - before[i]).TotalSeconds))
            .Append((Name: ScaleOutMeasurement.Driver, Seconds: (self.TotalProcessorTime - selfBefore).TotalSeconds))
            .ToDictionary(c => c.Name, c => c.Seconds);
        var machineAfter = MachineCpu.Read();
        return new ScaleOutMeasurement(run, replicas.Running.Count, profiles, profiles * ProfilingApi.Indicators.Count, clock.Elapsed.TotalSeconds, cpu,
            machineAfter.BusySince(machine), machine.LoadAverage, machineAfter.LoadAverage,
            await PartitionsByReplicaAsync(replicas.DataDirectory, jobs, cancellationToken), checks[0]);
    }

    /// <summary>Read from the shared database after the batch (not timed): which replica stored each partition.</summary>
    private static async Task<IReadOnlyDictionary<string, int>> PartitionsByReplicaAsync(string dataDirectory, List<Guid> jobs, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<ProfilingDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataDirectory, "profilingdb.db")};Mode=ReadOnly").Options;
        await using var db = new ProfilingDbContext(options);
        var rows = await db.ProfilePartitions.AsNoTracking().Where(p => jobs.Contains(p.JobId)).Select(p => p.ComputedBy ?? "?").ToListAsync(cancellationToken);
        return rows.GroupBy(r => r).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
    }

    public static string Split(ScaleOutMeasurement measurement) =>
        string.Join(" + ", measurement.PartitionsByReplica.Select(p => $"{p.Value} by {p.Key}"));
}
