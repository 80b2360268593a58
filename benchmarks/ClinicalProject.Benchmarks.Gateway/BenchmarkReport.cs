using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClinicalProject.Benchmarks.Gateway;

/// <summary>Writes the results (machine, settings, medians, ratios) to benchmarks/results/.</summary>
public static class BenchmarkReport
{
    public static async Task<string> WriteAsync(
        string root,
        BenchmarkOptions options,
        IReadOnlyList<Section> sections,
        CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"# Gateway benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine("`GET /territories/hierarchies` of resource inventory (a real service process, Release build, Production");
        text.AppendLine("environment, SQLite, JWT validated by the service) with a viewer token; the answer is the demo hierarchy list.");
        text.AppendLine("Targets: the service's own port (direct); nginx as a plain reverse proxy (keep-alive upstream); YARP alone as");
        text.AppendLine("the same plain reverse proxy (the library under the gateway, none of its features: the floor of any YARP");
        text.AppendLine("gateway); the gateway with its output cache off, so every request reaches the service as through nginx (JWT");
        text.AppendLine("validated at the gateway and again at the service, rate limiter, CORS, body limit, timeouts, ETag computed);");
        text.AppendLine("the gateway with its output cache on, as deployed. CPU/request: user + system CPU time of the proxy's");
        text.AppendLine("processes and of the service's process during the run, divided by the requests served.");
        text.AppendLine(c, $"wrk, {options.Duration.TotalSeconds:F0} s per run after a {options.Warmup.TotalSeconds:F0} s warm-up, {options.Rounds} rounds alternating the targets;");
        text.AppendLine("medians of the rounds. Command: `benchmarks/gateway-benchmark.sh`.");
        foreach (var section in sections)
        {
            WriteSection(text, section.Title, section.Targets, c);
        }
        text.AppendLine();
        text.AppendLine("## Machine");
        text.AppendLine();
        text.AppendLine("```");
        text.AppendLine(c, $"nproc: {Environment.ProcessorCount}");
        text.AppendLine((await CommandAsync("sh", "-c", "lscpu | head -n 15", cancellationToken)).TrimEnd());
        text.AppendLine((await CommandAsync("sh", "-c", "free -m | head -n 2", cancellationToken)).TrimEnd());
        text.AppendLine((await CommandAsync("sh", "-c", "nginx -v 2>&1; wrk --version 2>&1 | head -n 1; dotnet --version", cancellationToken)).TrimEnd());
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("The machine has 2 cores shared by wrk, the proxy under test and the service (and, on the build machines,");
        text.AppendLine("by other engineers' builds): the figures compare the targets with each other in one run, not with other machines.");

        var directory = options.OutputDirectory ?? Path.Combine(root, "benchmarks", "results");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"gateway-{DateTime.UtcNow:yyyy-MM-dd}.md");
        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
        return path;
    }

    /// <summary>One table of the report: a load pattern and each target's runs.</summary>
    public sealed record Section(string Title, IReadOnlyList<(string Name, IReadOnlyList<WrkResult> Runs)> Targets);

    private static void WriteSection(StringBuilder text, string title, IReadOnlyList<(string Name, IReadOnlyList<WrkResult> Runs)> targets, CultureInfo c)
    {
        var medians = targets.ToDictionary(t => t.Name, t => (
            Rps: Median(t.Runs.Select(r => r.RequestsPerSecond)),
            P50: Median(t.Runs.Select(r => r.P50Ms)),
            P90: Median(t.Runs.Select(r => r.P90Ms)),
            P99: Median(t.Runs.Select(r => r.P99Ms)),
            ProxyCpu: t.Runs.All(r => r.ProxyCpuUs is not null) ? Median(t.Runs.Select(r => r.ProxyCpuUs!.Value)) : (double?)null,
            ServiceCpu: Median(t.Runs.Select(r => r.ServiceCpuUs)),
            Errors: t.Runs.Sum(r => r.NonSuccess + r.SocketErrors)));
        text.AppendLine();
        text.AppendLine(c, $"## {title}");
        text.AppendLine();
        text.AppendLine("| target | requests/s | p50 ms | p90 ms | p99 ms | proxy CPU µs/request | service CPU µs/request | non-2xx + socket errors |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, _) in targets)
        {
            var m = medians[name];
            var proxyCpu = m.ProxyCpu is { } cpu ? cpu.ToString("F0", c) : "–";
            text.AppendLine(c, $"| {name} | {m.Rps:F0} | {m.P50:F2} | {m.P90:F2} | {m.P99:F2} | {proxyCpu} | {m.ServiceCpu:F0} | {m.Errors} |");
        }

        var direct = medians["direct"];
        var nginx = medians["nginx"];
        var yarp = medians["YARP alone"];
        var gateway = medians["gateway"];
        var cached = medians["gateway (output cache on)"];
        text.AppendLine();
        text.AppendLine(c, $"- gateway / nginx throughput: {gateway.Rps / nginx.Rps:F2} with every request passed through, {cached.Rps / nginx.Rps:F2} with the output cache on (target ≥ 1)");
        text.AppendLine(c, $"- YARP alone / nginx: {yarp.Rps / nginx.Rps:F2}; gateway / YARP alone: {gateway.Rps / yarp.Rps:F2}; gateway / direct: {gateway.Rps / direct.Rps:F2}; nginx / direct: {nginx.Rps / direct.Rps:F2}");
        text.AppendLine(c, $"- p99 added over direct: gateway {gateway.P99 - direct.P99:F2} ms (target < 1 ms), nginx {nginx.P99 - direct.P99:F2} ms");
        text.AppendLine(c, $"- p50 added over direct: gateway {gateway.P50 - direct.P50:F2} ms, nginx {nginx.P50 - direct.P50:F2} ms, YARP alone {yarp.P50 - direct.P50:F2} ms");
        text.AppendLine();
        foreach (var (name, runs) in targets)
        {
            var each = string.Join("; ", runs.Select(r => string.Create(c, $"{r.RequestsPerSecond:F0} req/s, p50 {r.P50Ms:F2}, p99 {r.P99Ms:F2}")));
            text.AppendLine(c, $"- each run, {name}: {each}");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static async Task<string> CommandAsync(string file, string flag, string command, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(flag);
        info.ArgumentList.Add(command);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return output;
    }
}
