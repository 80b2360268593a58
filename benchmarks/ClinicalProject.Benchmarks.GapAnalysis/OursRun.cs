using System.Diagnostics;
using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.Benchmarks.GapAnalysis;

/// <summary>
/// The engine as the service calls it: one <see cref="CatchmentNetwork"/> from coordinates (great-circle at the
/// configured speed, 30-minute catchment), then each method for the three programs with
/// <see cref="CatchmentNetwork.ComputeEachSupply"/>. Timed twice in the process: cold (JIT included) and warm.
/// </summary>
public static class OursRun
{
    public static RunResult Run(string dataDirectory, string resultsPath, int areaStride = 1)
    {
        var load = Stopwatch.StartNew();
        var data = CaseFiles.Read(dataDirectory, areaStride);
        load.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (cold, results, pairs) = Once(data);
        var coldCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var (warm, _, _) = Once(data);
        CaseFiles.WriteResults(resultsPath, results);
        return new RunResult(areaStride == 1 ? "ours" : "ours-subset", load.Elapsed.TotalSeconds, cold, warm,
            Process.GetCurrentProcess().PeakWorkingSet64, pairs, coldCpu.TotalSeconds);
    }

    private static (double Seconds, List<double[]> Results, long Pairs) Once(CaseFiles data)
    {
        var clock = Stopwatch.StartNew();
        var network = CatchmentNetwork.Build(data.Areas, data.Sites, new GreatCircleCost(BenchmarkSettings.SpeedKmPerHour),
            BenchmarkSettings.CatchmentMinutes);
        var demand = data.Areas.Select(a => a.Demand).ToArray();
        var outputs = BenchmarkSettings.Methods
            .Select(method => network.ComputeEachSupply(method, demand, data.Supplies))
            .ToArray();
        clock.Stop();
        var results = outputs.SelectMany(perProgram => perProgram.Select(r => r.Areas.Select(a => a.Access).ToArray()))
            .ToList();
        return (clock.Elapsed.TotalSeconds, results, network.PairCount);
    }

    /// <summary>Wall and CPU seconds of each step (network, then each method), repeated: where the time goes.</summary>
    public static void Phases(string dataDirectory)
    {
        var data = CaseFiles.Read(dataDirectory);
        var demand = data.Areas.Select(a => a.Demand).ToArray();
        var process = Process.GetCurrentProcess();
        for (var repeat = 0; repeat < 5; repeat++)
        {
            var line = new System.Text.StringBuilder();
            var wall = Stopwatch.StartNew();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            void Step(string name)
            {
                process.Refresh();
                line.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"{name} {wall.Elapsed.TotalSeconds:0.000}s/{(process.TotalProcessorTime - cpu).TotalSeconds:0.000}cpu/gc{GC.CollectionCount(0)}-{GC.CollectionCount(2)}  ");
                wall.Restart();
                cpu = process.TotalProcessorTime;
            }

            var network = CatchmentNetwork.Build(data.Areas, data.Sites,
                new GreatCircleCost(BenchmarkSettings.SpeedKmPerHour), BenchmarkSettings.CatchmentMinutes);
            Step("network");
            foreach (var method in BenchmarkSettings.Methods)
            {
                network.ComputeEachSupply(method, demand, data.Supplies);
                Step(method.Method.ToString());
            }

            Console.WriteLine(line.ToString());
        }
    }
}
