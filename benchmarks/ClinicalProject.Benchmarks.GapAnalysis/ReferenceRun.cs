using System.Diagnostics;
using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.Benchmarks.GapAnalysis;

/// <summary>
/// The straightforward reference: every (area, site) pair, every time, its great-circle minutes from
/// <see cref="GreatCircle.Minutes"/>, its weight written out again here (Luo &amp; Qi steps, 1, Gaussian), the two steps
/// as the formulas say. No index, no reuse, one thread: slow and obviously right.
/// </summary>
public static class ReferenceRun
{
    public static RunResult Run(string dataDirectory, string resultsPath)
    {
        var data = CaseFiles.Read(dataDirectory);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var results = new List<double[]>();
        long pairs = 0;
        foreach (var method in BenchmarkSettings.Methods)
        {
            var siteDemand = new double[data.Sites.Length];
            pairs = 0;
            foreach (var area in data.Areas)
            {
                for (var j = 0; j < data.Sites.Length; j++)
                {
                    var minutes = Minutes(area, data.Sites[j]);
                    if (minutes <= BenchmarkSettings.CatchmentMinutes)
                    {
                        siteDemand[j] += area.Demand * Weight(method.Method, minutes);
                        pairs++;
                    }
                }
            }

            foreach (var supply in data.Supplies)
            {
                var ratio = supply.Select((s, j) => siteDemand[j] > 0 ? s / siteDemand[j] : 0).ToArray();
                var access = new double[data.Areas.Length];
                for (var i = 0; i < data.Areas.Length; i++)
                {
                    for (var j = 0; j < data.Sites.Length; j++)
                    {
                        var minutes = Minutes(data.Areas[i], data.Sites[j]);
                        if (minutes <= BenchmarkSettings.CatchmentMinutes)
                        {
                            access[i] += ratio[j] * Weight(method.Method, minutes);
                        }
                    }
                }

                results.Add(access);
            }
        }

        clock.Stop();
        CaseFiles.WriteResults(resultsPath, results);
        return new RunResult("reference", 0, clock.Elapsed.TotalSeconds, clock.Elapsed.TotalSeconds,
            Process.GetCurrentProcess().PeakWorkingSet64, pairs, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    private static double Minutes(DemandPoint area, SupplyPoint site) =>
        GreatCircle.Minutes(area.Latitude, area.Longitude, site.Latitude, site.Longitude, BenchmarkSettings.SpeedKmPerHour);

    private static double Weight(CatchmentMethod method, double minutes) => method switch
    {
        CatchmentMethod.EnhancedTwoStep => minutes <= 10 ? 1.00 : minutes <= 20 ? 0.68 : minutes <= 30 ? 0.22 : 0,
        CatchmentMethod.Gaussian => Math.Exp(-minutes * minutes / (2 * BenchmarkSettings.GaussianSigmaMinutes * BenchmarkSettings.GaussianSigmaMinutes)),
        _ => 1,
    };
}
