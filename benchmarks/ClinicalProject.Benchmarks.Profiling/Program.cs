using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using ClinicalProject.Benchmarks;
using ClinicalProject.Benchmarks.Profiling;
using ClinicalProject.Benchmarks.Profiling.ScaleOut;

// Modes: "run" (default) generates the data if needed, then times each contender in its own child process
// (so each one's peak memory is its own) --runs times, alternating, and writes the report; "generate",
// "ours" and "duckdb" are the steps, for running one by hand. "scale-out" times the profile computed by the
// real service with 1 and with 2 replicas on one broker (--replicas 1,2 --profiles 1) and writes its own report.
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "run";
var dataDirectory = Option("--data-dir") ?? Path.Combine(Path.GetTempPath(), "clinicalproject-profiling-bench");
var events = long.Parse(Option("--events") ?? "10000000", CultureInfo.InvariantCulture);
var runs = int.Parse(Option("--runs") ?? "3", CultureInfo.InvariantCulture);
var output = Option("--out") ?? Path.Combine(BenchmarkHost.RepositoryRoot(), "benchmarks", "results");

switch (mode)
{
    case "generate":
        Generate();
        return 0;
    case "ours":
        Console.WriteLine(JsonSerializer.Serialize(await OursRun.RunAsync(dataDirectory, CancellationToken.None)));
        return 0;
    case "duckdb":
        Console.WriteLine(JsonSerializer.Serialize(DuckDbRun.Run(dataDirectory)));
        return 0;
    case "scale-out":
    {
        Generate();
        // Ctrl+C or SIGTERM cancels the run, so the replicas and the broker node it started are stopped too.
        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.Cancel(); });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        return await ScaleOutBenchmark.RunAsync(new ScaleOutBenchmark.Settings(dataDirectory, events, runs,
            (Option("--replicas") ?? "1,2").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToList(),
            int.Parse(Option("--profiles") ?? "1", CultureInfo.InvariantCulture), output), stop.Token);
    }
    case "run":
        break;
    default:
        // Never fall back to "run": a child started with arguments it does not understand would start children.
        Console.Error.WriteLine($"Unknown mode '{mode}': use run, scale-out, generate, ours or duckdb.");
        return 2;
}

Generate();
var results = new List<RunResult>();
for (var run = 1; run <= runs; run++)
{
    foreach (var contender in run % 2 == 1 ? new[] { "ours", "duckdb" } : ["duckdb", "ours"])
    {
        var result = Child(contender);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run} {contender,-6}: import {result.ImportSeconds,6:0.00} s, compute {result.ComputeSeconds,6:0.00} s, total {result.TotalSeconds,6:0.00} s, peak {result.PeakBytes / 1048576.0,7:0} MiB, {result.Figures} figures, check {result.Check:0.000000}"));
        results.Add(result);
    }
}

var report = BenchmarkReport.Write(results, events, dataDirectory, output);
Console.WriteLine(report);
return 0;

void Generate()
{
    var marker = Path.Combine(dataDirectory, $"events-{events}.done");
    if (File.Exists(marker))
    {
        return;
    }

    var clock = Stopwatch.StartNew();
    SyntheticQuebec.Generate(dataDirectory, events);
    File.WriteAllText(marker, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
    Console.WriteLine($"Generated the synthetic dataset in {dataDirectory} in {clock.Elapsed.TotalSeconds:0} s.");
}

RunResult Child(string contender) =>
    JsonSerializer.Deserialize<RunResult>(BenchmarkHost.LastLine(
        BenchmarkHost.Self(typeof(RunResult), contender, "--data-dir", dataDirectory), contender))!;

string? Option(string name) => BenchmarkHost.Option(args, name);
