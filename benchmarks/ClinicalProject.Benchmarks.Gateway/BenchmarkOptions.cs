using System.Globalization;

namespace ClinicalProject.Benchmarks.Gateway;

/// <summary>
/// <c>[--duration 10] [--warmup 3] [--connections 16] [--light-connections 1] [--threads 2] [--rounds 3] [--output DIR] [--hold]</c>:
/// each target is measured under load (<c>--connections</c>, every process busy) and lightly loaded
/// (<c>--light-connections</c>, one request at a time: the latency a proxy adds without queueing).
/// <c>--hold</c> starts every target, prints their addresses, the token and the signing key, and waits for
/// standard input to close instead of measuring (for profiling one target by hand).
/// </summary>
public sealed record BenchmarkOptions(TimeSpan Duration, TimeSpan Warmup, int Connections, int LightConnections, int Threads, int Rounds, string? OutputDirectory, bool Hold = false)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), 16, 1, 2, 3, null);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number(args[++i])) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Number(args[++i])) },
                "--connections" => options with { Connections = Number(args[++i]) },
                "--light-connections" => options with { LightConnections = Number(args[++i]) },
                "--threads" => options with { Threads = Number(args[++i]) },
                "--rounds" => options with { Rounds = Number(args[++i]) },
                "--output" => options with { OutputDirectory = Path.GetFullPath(args[++i]) },
                "--hold" => options with { Hold = true },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'."),
            };
        }

        return options;
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
