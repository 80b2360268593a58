using System.Diagnostics;

namespace ClinicalProject.Benchmarks.Gateway;

/// <summary>Runs Debian's wrk against one URL with the bearer token.</summary>
public static class Wrk
{
    /// <param name="cpus">When set, wrk runs on these CPUs only (<c>taskset -c</c>).</param>
    public static async Task<WrkResult> RunAsync(string target, Uri url, string token, int threads, int connections, TimeSpan duration, CancellationToken cancellationToken, string? cpus = null)
    {
        var info = new ProcessStartInfo(cpus is null ? "wrk" : "taskset") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (cpus is null ? [] : new[] { "-c", cpus, "wrk" }).Concat(new[]
        {
            "-t", threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c", connections.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-d", $"{(int)duration.TotalSeconds}s",
            "--latency",
            "-H", $"Authorization: Bearer {token}",
            "-H", "Accept: application/json",
            url.ToString(),
        }))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {errors}");
        }

        return WrkResult.Parse(target, output);
    }
}
