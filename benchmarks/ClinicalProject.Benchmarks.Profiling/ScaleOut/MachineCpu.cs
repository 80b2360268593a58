using System.Globalization;

namespace ClinicalProject.Benchmarks.Profiling.ScaleOut;

/// <summary>
/// The whole machine's CPU time so far (every core, every process: <c>/proc/stat</c>) and its load average, so a
/// measurement can tell its own processes' CPU from what the machine's other users took meanwhile.
/// </summary>
public sealed record MachineCpu(double BusySeconds, double TotalSeconds, string LoadAverage)
{
    /// <summary>USER_HZ: 100 ticks per second on every Linux architecture.</summary>
    private const double TicksPerSecond = 100;

    public static MachineCpu Read()
    {
        // cpu  user nice system idle iowait irq softirq steal guest guest_nice
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        var idle = fields[3] + fields[4];
        var load = string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        return new MachineCpu((total - idle) / TicksPerSecond, total / TicksPerSecond, load);
    }

    /// <summary>CPU seconds every core spent busy between <paramref name="before"/> and this sample.</summary>
    public double BusySince(MachineCpu before) => BusySeconds - before.BusySeconds;
}
