using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace ClinicalProject.Testing.Broker;
/// <summary>The operating-system side of a node: ports, folders, processes, the watchdog.</summary>
public sealed partial class RabbitMqNode
{
    /// <summary>Free loopback ports, none reserved, all different (the listeners are held until all are chosen).</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            while (listeners.Count < count)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (ReservedPorts.Contains(port))
                {
                    listener.Stop();
                    continue;
                }

                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    private static string CreateDirectory(bool forRabbitMqUser)
    {
        // When the node runs as the rabbitmq user, every folder above its own must let that user through:
        // /tmp does, a private TMPDIR (such as /root/tmp) may not.
        var root = forRabbitMqUser ? "/tmp" : Path.GetTempPath();
        var directory = Path.Combine(root, "clinical-rabbitmq-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        Directory.CreateDirectory(Path.Combine(directory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(directory, "log"));
        return directory;
    }

    private static async Task GiveToRabbitMqUserAsync(string directory, CancellationToken ct)
    {
        var chown = await RunAsync("chown", ["-R", "rabbitmq:rabbitmq", directory], null, TimeSpan.FromSeconds(30), ct);
        if (chown.ExitCode != 0)
        {
            throw new NodeStartException($"chown -R rabbitmq:rabbitmq {directory} failed: {chown.Output.Trim()}", retryable: false);
        }
    }

    private static async Task<int> WaitForPidFileAsync(
        string pidFile, string nodeName, string directory, TimeSpan deadline, Stopwatch stopwatch, CancellationToken ct)
    {
        var nextLivenessCheck = stopwatch.Elapsed + TimeSpan.FromSeconds(2);
        while (true)
        {
            if (ReadPid(pidFile) is { } pid)
            {
                return pid;
            }

            if (stopwatch.Elapsed > deadline)
            {
                throw new NodeStartException(
                    $"RabbitMQ node {nodeName} wrote no pid file within {StartTimeout.TotalSeconds:0} s.\n{ReadTail(Path.Combine(directory, "log", nodeName + ".log"))}",
                    retryable: false);
            }

            if (stopwatch.Elapsed > nextLivenessCheck)
            {
                // A VM that fails early (its distribution port taken, say) leaves neither pid file nor log.
                if (FindNodeProcesses(nodeName).Count == 0 && ReadPid(pidFile) is null)
                {
                    throw new NodeStartException(
                        $"RabbitMQ node {nodeName} exited while starting.\n{ReadTail(Path.Combine(directory, "launch.log"))}\n{ReadTail(Path.Combine(directory, "log", nodeName + ".log"))}",
                        retryable: true);
                }

                nextLivenessCheck = stopwatch.Elapsed + TimeSpan.FromSeconds(1);
            }

            await Task.Delay(100, ct);
        }
    }

    private static int? ReadPid(string pidFile)
    {
        try
        {
            return File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0
                ? pid
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The processes started for this node (the launcher and the VM carry its name in their environment).</summary>
    private static List<int> FindNodeProcesses(string nodeName)
    {
        var marker = Encoding.UTF8.GetBytes("RABBITMQ_NODENAME=" + nodeName + "\0");
        var found = new List<int>();
        if (!Directory.Exists("/proc"))
        {
            return found;
        }

        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllBytes(Path.Combine(entry, "environ"));
                if (environ.AsSpan().IndexOf(marker) >= 0)
                {
                    found.Add(pid);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Gone already, or another user's process.
            }
        }

        return found;
    }

    private static bool IsAlive(int? pid)
    {
        if (pid is not { } id)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Kills the node's VM and whatever else still runs with its name.</summary>
    private static async Task KillAsync(int? pid, string nodeName)
    {
        var targets = FindNodeProcesses(nodeName);
        if (pid is { } id && !targets.Contains(id))
        {
            targets.Add(id);
        }

        foreach (var target in targets)
        {
            try
            {
                using var process = Process.GetProcessById(target);
                process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException
                or System.ComponentModel.Win32Exception or OperationCanceledException)
            {
                // Already gone (or not ours to kill).
            }
        }
    }

    private static void DeleteDirectory(string directory)
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(directory); attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>
    /// A tiny shell that kills the node and removes its folder should this process die without disposing
    /// it (a test host killed by a timeout, say). It ends by itself once the folder is gone.
    /// </summary>
    private static Process? StartWatchdog(string directory, int osProcessId)
    {
        const string script =
            "while kill -0 \"$1\" 2>/dev/null && [ -d \"$2\" ]; do sleep 1; done; " +
            "if [ -d \"$2\" ]; then kill -9 \"$3\" 2>/dev/null; rm -rf \"$2\"; fi";
        try
        {
            var start = new ProcessStartInfo("/bin/sh")
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "-c", script, "watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), directory, osProcessId.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            return Process.Start(start);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null; // best effort
        }
    }

    private static async Task StopWatchdogAsync(Process watchdog)
    {
        using (watchdog)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                await watchdog.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                watchdog.Kill();
            }
        }
    }

    private static string ReadTail(string file, int lines = 30)
    {
        try
        {
            return File.Exists(file) ? string.Join('\n', File.ReadLines(file).TakeLast(lines)) : string.Empty;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        return (process.ExitCode, await output + await error);
    }

    /// <summary>Where the server scripts are, and whether they switch to the rabbitmq user (Debian's wrapper as root).</summary>
    private sealed record ServerTools(string Server, string Ctl, bool RunAsRabbitMqUser)
    {
        public static ServerTools? Find()
        {
            var server = FindExecutable("rabbitmq-server");
            if (server is null)
            {
                return null;
            }

            var directory = Path.GetDirectoryName(server)!;
            var ctl = Path.Combine(directory, "rabbitmqctl");
            if (!File.Exists(ctl))
            {
                ctl = FindExecutable("rabbitmqctl") ?? ctl;
            }

            var isRoot = Environment.IsPrivilegedProcess;
            var debianWrapper = File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-script-wrapper")
                && string.Equals(ResolveLink(server), "/usr/lib/rabbitmq/bin/rabbitmq-script-wrapper", StringComparison.Ordinal);
            if (debianWrapper && !isRoot)
            {
                // The wrapper accepts only root and rabbitmq; the scripts behind it run as anyone, with the
                // cookie in that user's HOME.
                const string scripts = "/usr/lib/rabbitmq/bin";
                return new ServerTools(Path.Combine(scripts, "rabbitmq-server"), Path.Combine(scripts, "rabbitmqctl"), RunAsRabbitMqUser: false);
            }

            return new ServerTools(server, ctl, RunAsRabbitMqUser: debianWrapper && isRoot);
        }

        private static string? FindExecutable(string name)
        {
            var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Append("/usr/sbin")
                .Append("/usr/lib/rabbitmq/bin")
                .Select(directory => Path.Combine(directory, name))
                .FirstOrDefault(File.Exists);
        }

        private static string ResolveLink(string path)
        {
            var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            return target?.FullName ?? Path.GetFullPath(path);
        }
    }

    private sealed class NodeStartException(string message, bool retryable) : InvalidOperationException(message)
    {
        public bool Retryable { get; } = retryable;
    }
}
