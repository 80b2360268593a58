using System.Diagnostics;
using ClinicalProject.Statistics.Evaluation;
using ClinicalProject.Statistics.ProcessControl;

namespace ClinicalProject.Benchmarks.Impact;

/// <summary>
/// ClinicalProject.Statistics on every series: one <see cref="SegmentedRegressionDesign"/> shared by all (the
/// design is factorised once), <c>Fit</c> per series with the defaults (Newey–West, automatic lag, n/(n − k),
/// t), then <see cref="ControlChart.U"/> per 1,000 with the Anhøj rules; Parallel.For over the threads asked for.
/// </summary>
public static class OursRun
{
    public static RunResult Run(SyntheticSeries data, int threads)
    {
        var points = data.Points;
        var its = new double[data.Series * RunResult.ItsFields];
        var uFields = RunResult.UChartFields(points);
        var chartFigures = new double[data.Series * uFields];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        // Write the result buffers once before the clock starts (as the Python side does): the first touch of 10 MB of
        // fresh memory costs page faults that are not the computation measured, and they came and went between runs.
        Array.Fill(its, double.NaN);
        Array.Fill(chartFigures, double.NaN);

        using var process = Process.GetCurrentProcess();
        Settle();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var design = SegmentedRegressionDesign.ForPeriods(points, data.Intervention, ItsOptions.Default);
        Parallel.For(0, data.Series, parallel, s =>
        {
            var result = design.Fit(data.Rates.AsSpan(s * points, points));
            var row = its.AsSpan(s * RunResult.ItsFields, RunResult.ItsFields);
            RegressionCoefficient[] coefficients = [result.Intercept, result.PreSlope, result.LevelChange, result.SlopeChange];
            for (var j = 0; j < 4; j++)
            {
                var c = coefficients[j];
                row[j] = c.Value;
                row[4 + j] = c.StandardError;
                row[8 + j] = c.PValue ?? double.NaN;
                row[12 + j] = c.LowerCi;
                row[16 + j] = c.UpperCi;
            }
        });
        var itsSeconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var itsCpu = (process.TotalProcessorTime - cpu).TotalSeconds;

        Settle();
        cpu = process.TotalProcessorTime;
        clock.Restart();
        Parallel.For(0, data.Series, parallel, s =>
        {
            var chart = ControlChart.U(data.Counts.AsSpan(s * points, points), data.Exposures.AsSpan(s * points, points), 1000);
            var row = chartFigures.AsSpan(s * uFields, uFields);
            row[0] = chart.CentreLine;
            var beyond = 0;
            for (var t = 0; t < points; t++)
            {
                var point = chart.Points[t];
                row[1 + t] = point.LowerLimit;
                row[1 + points + t] = point.UpperLimit;
                beyond += point.BeyondLimits ? 1 : 0;
            }

            var runs = chart.Runs;
            row[1 + 2 * points] = runs.UsefulPoints;
            row[2 + 2 * points] = runs.LongestRun;
            row[3 + 2 * points] = runs.Crossings;
            row[4 + 2 * points] = runs.LongestRunLimit;
            row[5 + 2 * points] = runs.CrossingsLimit;
            row[6 + 2 * points] = beyond;
        });
        var uSeconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var uCpu = (process.TotalProcessorTime - cpu).TotalSeconds;
        return new RunResult(threads == 1 ? "ours, 1 thread" : $"ours, {threads} threads", itsSeconds, uSeconds, itsCpu, uCpu,
            its, chartFigures);
    }

    // The previous run's result arrays (large-object heap) are garbage: collect them before the clock starts, so a
    // full collection they would trigger is not charged to whichever phase it happens to land in.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
