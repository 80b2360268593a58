using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicalProject.Benchmarks.Gateway;

/// <summary>What wrk reports for one target: throughput and latency percentiles (ms), and any errors.</summary>
public sealed partial record WrkResult(string Target, double RequestsPerSecond, double P50Ms, double P90Ms, double P99Ms, long Requests, long NonSuccess, long SocketErrors)
{
    /// <summary>CPU time of the proxy's processes per request, in µs (none when the service is called directly).</summary>
    public double? ProxyCpuUs { get; init; }

    /// <summary>CPU time of the service's process per request, in µs.</summary>
    public double ServiceCpuUs { get; init; }

    /// <summary>Parses <c>wrk --latency</c> output.</summary>
    public static WrkResult Parse(string target, string output)
    {
        double Percentile(string label)
        {
            var match = Regex.Match(output, $@"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            if (!match.Success)
            {
                throw new FormatException($"No {label}% latency in wrk output:\n{output}");
            }

            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }

        var rps = double.Parse(ThroughputLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(RequestCount().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = NonSuccessCount().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socket = SocketErrorLine().Match(output) is { Success: true } s
            ? s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        return new WrkResult(target, rps, Percentile("50"), Percentile("90"), Percentile("99"), requests, non2xx, socket);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex ThroughputLine();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccessCount();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorLine();
}
