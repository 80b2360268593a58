using System.Diagnostics;
using System.Text.Json;

namespace ClinicalProject.Benchmarks.Impact;

/// <summary>Runs impact_statsmodels.py with Debian's /usr/bin/python3 on the same files and reads its figures.</summary>
public static class StatsmodelsRun
{
    public const string Python = "/usr/bin/python3";

    public static (RunResult Result, string Versions) Run(SyntheticSeries data, string dataDirectory, string script)
    {
        var prefix = Path.Combine(dataDirectory, "statsmodels");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, dataDirectory, $"{data.Series}", $"{data.Points}", $"{data.Intervention}", prefix })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"statsmodels failed (exit {process.ExitCode}): {error.Result}");
        }

        using var timings = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = timings.RootElement;
        var result = new RunResult("statsmodels", root.GetProperty("itsSeconds").GetDouble(),
            root.GetProperty("uChartSeconds").GetDouble(), root.GetProperty("itsCpuSeconds").GetDouble(),
            root.GetProperty("uChartCpuSeconds").GetDouble(), SyntheticSeries.ReadDoubles(prefix + "-its.f64"),
            SyntheticSeries.ReadDoubles(prefix + "-u.f64"));
        return (result, $"statsmodels {root.GetProperty("statsmodels").GetString()}, numpy {root.GetProperty("numpy").GetString()}");
    }
}
