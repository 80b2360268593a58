using System.Globalization;
using System.Text;

namespace ClinicalProject.Benchmarks.Profiling.ScaleOut;

/// <summary>Writes results/profiling-scale-out.md: the machine and its load, the medians, the ratio, every batch.</summary>
public static class ScaleOutReport
{
    public const string Command = "dotnet run -c Release --project benchmarks/ClinicalProject.Benchmarks.Profiling -- scale-out";

    public static string Write(
        ScaleOutBenchmark.Settings settings, IReadOnlyList<ScaleOutMeasurement> measurements, MachineCpu before, MachineCpu after, string outputDirectory)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var counts = settings.ReplicaCounts;
        // Written after every batch, so an interrupted run leaves the batches it measured.
        var byCount = counts.ToDictionary(c => c, c => measurements.Where(m => m.Replicas == c).ToList());
        var complete = measurements.Count == settings.Runs * counts.Count;
        counts = [.. counts.Where(c => byCount[c].Count > 0)];
        text.AppendLine("# Profiling scale-out: the Quebec-scale profile computed by 1 and by 2 replicas on one broker");
        text.AppendLine();
        text.AppendLine(invariant, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `{Command} --replicas {string.Join(',', settings.ReplicaCounts)} --runs {settings.Runs} --profiles {settings.ProfilesPerBatch}`.");
        text.AppendLine();
        text.AppendLine("## Machine");
        text.AppendLine();
        text.AppendLine("```");
        text.AppendLine(invariant, $"nproc: {Environment.ProcessorCount}");
        text.AppendLine(BenchmarkHost.Shell("sh", "-c \"lscpu | grep -E '^(Model name|CPU\\(s\\)|Thread|Core)'\"").TrimEnd());
        text.AppendLine(BenchmarkHost.Shell("sh", "-c \"grep MemTotal /proc/meminfo\"").TrimEnd());
        text.AppendLine(invariant, $".NET {Environment.Version}, RabbitMQ {BenchmarkHost.Shell("sh", "-c \"dpkg-query -W -f '${Version}' rabbitmq-server\"").Trim()}, SQLite (the service's default store)");
        text.AppendLine(invariant, $"load average before: {before.LoadAverage}; after: {after.LoadAverage}");
        var wall = after.TotalSeconds - before.TotalSeconds;
        text.AppendLine(invariant, $"whole machine busy during the benchmark: {(after.BusySeconds - before.BusySeconds) / Math.Max(wall, 1e-9) * Environment.ProcessorCount:0.00} of {Environment.ProcessorCount} cores on average");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("## What runs");
        text.AppendLine();
        text.AppendLine(invariant, $"The synthetic Quebec case of the profiling benchmark ({SyntheticQuebec.DaCount:N0} DAs, {SyntheticQuebec.IndicatorCount} indicators, " +
            $"{SyntheticQuebec.Years} years, {settings.Events:N0} events) is loaded once through the service's API (hierarchy, indicators, population and " +
            $"events CSV uploads). Each batch then starts profiles with `POST /profiles/jobs` (30 partitions each, one per indicator, on the " +
            $"`population-profiling-compute-profile-partition` work queue) and ends when every job has succeeded and its figures are readable " +
            $"(`GET /profiles/{{id}}/values`). The replicas are processes of the real service (Release, Production environment), each consuming one " +
            $"partition at a time (`Profiling:PartitionConcurrency` 1, its default), on one private RabbitMQ node, sharing one SQLite database as the " +
            $"AppHost's local mode runs them; replica 1 also answers the API. Replica counts alternate in order from run to run; a replica started for a " +
            $"batch is warmed by an untimed two-indicator job first. CPU times are user + system from `/proc`, per process; \"other users\" is the " +
            $"machine's busy time minus the benchmark's own processes (other agents' builds on this shared machine).");
        text.AppendLine();
        text.AppendLine(invariant, $"## Results ({measurements.Count} of {settings.Runs * settings.ReplicaCounts.Count} batches{(complete ? "" : ": INTERRUPTED, partial")}; medians; {settings.ProfilesPerBatch} profile(s) per batch)");
        text.AppendLine();
        text.AppendLine("| replicas | batch time (s) | profiles/min | partitions/s | replicas' CPU per profile (s) | broker CPU per profile (s) | cores used by the benchmark | cores used by other users |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var count in counts)
        {
            var set = byCount[count];
            text.AppendLine(invariant, $"| {count} | {Median(set, m => m.WallSeconds):0.0} | {Median(set, m => m.ProfilesPerMinute):0.00} | {Median(set, m => m.PartitionsPerSecond):0.00} | " +
                $"{Median(set, m => m.ReplicaCpuPerProfile):0.0} | {Median(set, m => m.CpuSeconds[ScaleOutMeasurement.Broker] / m.Profiles):0.0} | " +
                $"{Median(set, m => m.OwnCores):0.00} | {Median(set, m => m.OtherCores):0.00} |");
        }

        text.AppendLine();
        var one = counts.Count > 0 ? byCount[counts[0]] : [];
        foreach (var count in counts.Skip(1))
        {
            var ratio = Median(byCount[count], m => m.ProfilesPerMinute) / Median(one, m => m.ProfilesPerMinute);
            var cpuRatio = Median(byCount[count], m => m.ReplicaCpuPerProfile) / Median(one, m => m.ReplicaCpuPerProfile);
            text.AppendLine(invariant, $"Throughput, {count} replicas vs {counts[0]}: **{ratio:0.00}×** (target ≥ 1.8× on 4 or more cores). " +
                $"Replicas' CPU per profile, {count} vs {counts[0]}: {cpuRatio:0.00}×.");
        }

        text.AppendLine();
        text.AppendLine("Every batch:");
        text.AppendLine();
        var processes = measurements.SelectMany(m => m.CpuSeconds.Keys).Distinct().ToList();
        text.AppendLine($"| run | replicas | time (s) | profiles/min | {string.Join(" | ", processes.Select(p => p + " CPU (s)"))} | own cores | other users' cores | load before → after | partitions stored by | check |");
        text.AppendLine($"|---|---|---|---|{string.Concat(processes.Select(_ => "---|"))}---|---|---|---|---|");
        foreach (var m in measurements)
        {
            var cpu = string.Join(" | ", processes.Select(p => m.CpuSeconds.TryGetValue(p, out var s) ? s.ToString("0.0", invariant) : "–"));
            text.AppendLine(invariant, $"| {m.Run} | {m.Replicas} | {m.WallSeconds:0.0} | {m.ProfilesPerMinute:0.00} | {cpu} | {m.OwnCores:0.00} | {m.OtherCores:0.00} | " +
                $"{m.LoadBefore} → {m.LoadAfter} | {ScaleOutBenchmark.Split(m)} | {m.Check:R} |");
        }

        text.AppendLine();
        if (counts.Count > 1)
        {
            text.AppendLine(ScaleOutExplanation.Text(counts, byCount));
        }
        Directory.CreateDirectory(outputDirectory);
        var report = text.ToString();
        File.WriteAllText(Path.Combine(outputDirectory, "profiling-scale-out.md"), report);
        return report;
    }

    public static double Median(IEnumerable<ScaleOutMeasurement> set, Func<ScaleOutMeasurement, double> value) => BenchmarkHost.Median(set, value);
}
