using System.Globalization;

namespace ClinicalProject.Benchmarks;

/// <summary>
/// CPU time (user + system) of processes, read from <c>/proc</c>: given by id, or the processes listening on a
/// port (every process holding the listening socket counts: nginx's master and its workers; one process for .NET).
/// </summary>
public sealed class ProcessCpu
{
    /// <summary>Linux reports process times in USER_HZ ticks, 100 per second on every architecture.</summary>
    private const double TicksPerSecond = 100;

    private readonly int[] _pids;

    private ProcessCpu(int[] pids) => _pids = pids;

    public static ProcessCpu ListeningOn(int port)
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var local = fields[1];
                if (fields[3] == "0A" && int.Parse(local[(local.IndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                {
                    inodes.Add($"socket:[{fields[9]}]");
                }
            }
        }

        var pids = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                if (Directory.EnumerateFileSystemEntries(Path.Combine(directory, "fd"))
                    .Any(fd => new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target)))
                {
                    pids.Add(pid);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // a process that ended meanwhile, or not ours
            }
        }

        return pids.Count > 0 ? new ProcessCpu([.. pids]) : throw new InvalidOperationException($"No process listens on port {port}.");
    }

    /// <summary>The processes with these ids (for example ones this program started).</summary>
    public static ProcessCpu Of(params int[] pids) => new([.. pids]);

    public IReadOnlyList<int> Pids => _pids;

    /// <summary>
    /// Restricts every thread of the processes to <paramref name="cpus"/> (<c>taskset</c>'s list syntax,
    /// e.g. <c>0</c> or <c>0-1</c>); threads started later inherit it.
    /// </summary>
    public async Task PinAsync(string cpus, CancellationToken cancellationToken)
    {
        foreach (var pid in _pids)
        {
            var info = new System.Diagnostics.ProcessStartInfo("taskset") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-a", "-p", "-c", cpus, pid.ToString(CultureInfo.InvariantCulture) })
            {
                info.ArgumentList.Add(argument);
            }

            using var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("taskset did not start.");
            var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"taskset -a -p -c {cpus} {pid} failed: {errors}");
            }
        }
    }

    /// <summary>The processes' CPU time so far.</summary>
    public TimeSpan Used()
    {
        long ticks = 0;
        foreach (var pid in _pids)
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // After "pid (comm) ": state is field 3, utime field 14, stime field 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
