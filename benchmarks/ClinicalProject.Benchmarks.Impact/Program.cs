using System.Globalization;
using ClinicalProject.Benchmarks.Impact;

// Generates the series (fixed seed) into --data-dir, then alternates, --runs times: ours on every core, ours on
// one thread, and statsmodels (a child /usr/bin/python3 on the same files); compares the last runs' figures to
// 1e-8 and writes benchmarks/results/impact.md. Exit code 1 when the figures disagree.
var series = Int("--series", 10_000);
var points = Int("--points", 60);
var intervention = Int("--intervention", 36);
var runs = Int("--runs", 3);
var seed = Int("--seed", 20261129);
var dataDirectory = Option("--data-dir") ?? Path.Combine(Path.GetTempPath(), "clinicalproject-impact-bench");
var root = RepositoryRoot();
var output = Option("--out") ?? Path.Combine(root, "benchmarks", "results");
var script = Path.Combine(root, "benchmarks", "ClinicalProject.Benchmarks.Impact", "impact_statsmodels.py");

var loadAtStart = File.ReadAllText("/proc/loadavg").Trim();
var data = SyntheticSeries.Generate(series, points, intervention, seed);
data.Write(dataDirectory);
Console.WriteLine($"{series:N0} series of {points} points (intervention at {intervention}) written to {dataDirectory}.");

// One untimed pass so that the timed runs measure jitted, tiered-up code, as a long-running service runs it.
OursRun.Run(data, Environment.ProcessorCount);

var results = new List<RunResult>();
var versions = "";
for (var run = 1; run <= runs; run++)
{
    var order = run % 2 == 1 ? new[] { "ours", "single", "statsmodels" } : ["statsmodels", "single", "ours"];
    foreach (var contender in order)
    {
        RunResult result;
        if (contender == "statsmodels")
        {
            (result, versions) = StatsmodelsRun.Run(data, dataDirectory, script);
        }
        else
        {
            result = OursRun.Run(data, contender == "ours" ? Environment.ProcessorCount : 1);
        }

        results.Add(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run} {result.Contender,-16}: ITS {result.ItsSeconds,8:0.0000} s (CPU {result.ItsCpuSeconds,8:0.0000} s), u chart {result.UChartSeconds,8:0.0000} s (CPU {result.UChartCpuSeconds,8:0.0000} s)"));
    }
}

var agreement = Agreement.Compare(results.Last(r => r.Contender.StartsWith("ours,", StringComparison.Ordinal) && r.Contender != "ours, 1 thread"),
    results.Last(r => r.Contender == "statsmodels"), series, points);
var report = BenchmarkReport.Write(results, agreement, data, seed, versions, loadAtStart, output);
Console.WriteLine(report);
return agreement.AllWithinTolerance ? 0 : 1;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int Int(string name, int fallback) => Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "ClinicalProject.sln")))
        {
            return directory.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
