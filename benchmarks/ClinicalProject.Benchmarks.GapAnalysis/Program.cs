using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClinicalProject.Benchmarks;
using ClinicalProject.Benchmarks.GapAnalysis;

// Modes: "run" (default) generates the case if needed, runs the all-pairs reference once, then --runs times,
// alternating, ours and NumPy (and PySAL on a subset of the areas, --pysal-runs times), each in a child process
// of its own (so its peak memory is its own), compares the results and writes the report. The other modes are
// the steps, for running one by hand: generate, reference, ours, ours-subset, numpy, pysal; "phases" prints the
// wall and CPU time of each of ours' steps, five times over.
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "run";
var dataDirectory = Option("--data-dir") ?? Path.Combine(Path.GetTempPath(), "clinicalproject-gap-bench");
var runs = int.Parse(Option("--runs") ?? "5", CultureInfo.InvariantCulture);
var pysalRuns = int.Parse(Option("--pysal-runs") ?? "1", CultureInfo.InvariantCulture);
var pysalStride = int.Parse(Option("--pysal-stride") ?? "10", CultureInfo.InvariantCulture);
var pysalSource = Option("--pysal-src") ?? Environment.GetEnvironmentVariable("PYSAL_ACCESS_SRC") ?? "/tmp/pysal-access";
var output = Option("--out") ?? Path.Combine(BenchmarkHost.RepositoryRoot(), "benchmarks", "results");
string ResultsFile(string contender) => Path.Combine(dataDirectory, $"results-{contender}.bin");

switch (mode)
{
    case "generate":
        SyntheticAccessCase.Generate(dataDirectory);
        return 0;
    case "reference":
        Console.WriteLine(JsonSerializer.Serialize(ReferenceRun.Run(dataDirectory, ResultsFile("reference"))));
        return 0;
    case "ours":
        Console.WriteLine(JsonSerializer.Serialize(OursRun.Run(dataDirectory, ResultsFile("ours"))));
        return 0;
    case "ours-subset":
        Console.WriteLine(JsonSerializer.Serialize(OursRun.Run(dataDirectory, ResultsFile("ours-subset"), pysalStride)));
        return 0;
    case "phases":
        OursRun.Phases(dataDirectory);
        return 0;
    case "numpy" or "pysal":
        Console.WriteLine(JsonSerializer.Serialize(Python(mode)));
        return 0;
    case "run":
        break;
    default:
        // Never fall back to "run": a child started with arguments it does not understand would start children.
        Console.Error.WriteLine($"Unknown mode '{mode}': use run, generate, reference, ours, ours-subset, numpy, pysal or phases.");
        return 2;
}

if (!File.Exists(Path.Combine(dataDirectory, "sites.csv")))
{
    SyntheticAccessCase.Generate(dataDirectory);
}

var results = new List<RunResult>();
void Record(RunResult result)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{result.Contender,-12}: cold {result.ColdSeconds,8:0.000} s, warm {result.WarmSeconds,8:0.000} s, load {result.LoadSeconds,6:0.00} s, peak {result.PeakBytes / 1048576.0,6:0} MiB, {result.Pairs:N0} pairs"));
    results.Add(result);
}

Record(Child("reference"));
Record(Child("ours-subset"));
for (var run = 1; run <= runs; run++)
{
    foreach (var contender in run % 2 == 1 ? new[] { "ours", "numpy" } : ["numpy", "ours"])
    {
        Record(Child(contender));
    }

    if (run <= pysalRuns)
    {
        Record(Child("pysal"));
    }
}

var agreement = new Dictionary<string, double>
{
    ["ours vs reference"] = MaxRelativeDifference(ResultsFile("ours"), ResultsFile("reference")),
    ["numpy vs reference"] = MaxRelativeDifference(ResultsFile("numpy"), ResultsFile("reference")),
    ["pysal vs ours (subset)"] = MaxRelativeDifference(ResultsFile("pysal"), ResultsFile("ours-subset")),
};
var report = BenchmarkReport.Write(results, agreement, pysalStride, output);
Console.WriteLine(report);
return 0;

RunResult Python(string contender)
{
    var script = Path.Combine(AppContext.BaseDirectory, "python", contender == "numpy" ? "fca_numpy.py" : "fca_pysal.py");
    var start = new ProcessStartInfo("/usr/bin/python3");
    start.Environment["PYSAL_ACCESS_SRC"] = pysalSource;
    start.ArgumentList.Add(script);
    foreach (var argument in new[]
             {
                 "--data-dir", dataDirectory,
                 "--speed", BenchmarkSettings.SpeedKmPerHour.ToString(CultureInfo.InvariantCulture),
                 "--catchment", BenchmarkSettings.CatchmentMinutes.ToString(CultureInfo.InvariantCulture),
                 "--sigma", BenchmarkSettings.GaussianSigmaMinutes.ToString(CultureInfo.InvariantCulture),
                 "--out", ResultsFile(contender),
                 "--area-stride", (contender == "pysal" ? pysalStride : 1).ToString(CultureInfo.InvariantCulture),
             })
    {
        start.ArgumentList.Add(argument);
    }

    return LastLine(start, contender);
}

RunResult Child(string contender) => LastLine(BenchmarkHost.Self(typeof(RunResult), contender, "--data-dir", dataDirectory,
    "--pysal-stride", pysalStride.ToString(CultureInfo.InvariantCulture), "--pysal-src", pysalSource), contender);

static RunResult LastLine(ProcessStartInfo start, string contender) =>
    JsonSerializer.Deserialize<RunResult>(BenchmarkHost.LastLine(start, contender))!;

static double MaxRelativeDifference(string actualPath, string expectedPath)
{
    var actual = CaseFiles.ReadResults(actualPath);
    var expected = CaseFiles.ReadResults(expectedPath);
    if (actual.Length != expected.Length)
    {
        throw new InvalidOperationException($"{actualPath} holds {actual.Length} values, {expectedPath} {expected.Length}.");
    }

    var worst = 0.0;
    for (var i = 0; i < actual.Length; i++)
    {
        var scale = Math.Max(Math.Abs(actual[i]), Math.Abs(expected[i]));
        if (scale > 0)
        {
            worst = Math.Max(worst, Math.Abs(actual[i] - expected[i]) / scale);
        }
    }

    return worst;
}

string? Option(string name) => BenchmarkHost.Option(args, name);
