using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace ClinicalProject.LocalRun.Broker;

/// <summary>
/// A private RabbitMQ node for tests or a local run: its own free ports, its own data and log folder, the
/// default guest/guest account on loopback. Started with Debian's <c>rabbitmq-server -detached</c>; run as
/// root, Debian's wrapper drops to the <c>rabbitmq</c> user (and its <c>HOME</c>, hence its Erlang cookie,
/// for both the server and <c>rabbitmqctl</c>), so the folder is given to that user.
/// Disposing it stops the node and deletes the folder.
/// </summary>
public sealed partial class RabbitMqNode : IAsyncDisposable
{
    public const string InstallHint =
        "RabbitMQ is needed: install it with `sudo apt-get install -y rabbitmq-server` (Debian/Ubuntu), " +
        "or set RABBITMQ_URL to a broker, e.g. RABBITMQ_URL=amqp://guest:guest@localhost:5672/.";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private const int StartAttempts = 3;

    // 25672 is the default node's distribution port, 5672/15672 its AMQP and management ports, 4369 epmd's,
    // and 35672-35682 the range rabbitmqctl itself listens on while it talks to a node.
    private static readonly HashSet<int> ReservedPorts = [4369, 5672, 15672, 25672, .. Enumerable.Range(35672, 11)];

    private readonly ServerTools _tools;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly string _pidFile;
    private readonly Process? _watchdog;
    private int _disposed;

    private RabbitMqNode(
        string nodeName, int port, int distributionPort, int? managementPort, string directory,
        ServerTools tools, IReadOnlyDictionary<string, string> environment, int osProcessId, TimeSpan startDuration)
    {
        NodeName = nodeName;
        Port = port;
        DistributionPort = distributionPort;
        ManagementPort = managementPort;
        DataDirectory = directory;
        _tools = tools;
        _environment = environment;
        _pidFile = Path.Combine(directory, "node.pid");
        OsProcessId = osProcessId;
        StartDuration = startDuration;
        _watchdog = StartWatchdog(directory, osProcessId);
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>The full Erlang node name, <c>name@localhost</c>.</summary>
    public string NodeName { get; }

    /// <summary>The AMQP port, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The Erlang distribution port (what <c>rabbitmqctl</c> connects to), on 127.0.0.1.</summary>
    public int DistributionPort { get; }

    /// <summary>The management UI/API port when the management plugin was enabled.</summary>
    public int? ManagementPort { get; }

    public string AmqpUri => string.Create(CultureInfo.InvariantCulture, $"amqp://guest:guest@127.0.0.1:{Port}/");

    public string? ManagementUri => ManagementPort is { } port
        ? string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")
        : null;

    /// <summary>The node's temporary folder: data (<c>mnesia</c>), logs (<c>log</c>), configuration.</summary>
    public string DataDirectory { get; }

    public string LogFile => Path.Combine(DataDirectory, "log", NodeName + ".log");

    /// <summary>The operating-system process id of the node's Erlang VM.</summary>
    public int OsProcessId { get; }

    /// <summary>How long the start took, from launching the server to the node accepting connections.</summary>
    public TimeSpan StartDuration { get; }

    /// <summary>Starts a node without plugins. See <see cref="StartAsync(string?, bool, CancellationToken)"/>.</summary>
    public static Task<RabbitMqNode> StartAsync(string? nodeName = null, CancellationToken ct = default) =>
        StartAsync(nodeName, enableManagement: false, ct);

    /// <summary>
    /// Starts a node named <paramref name="nodeName"/><c>@localhost</c> (default: a unique name) on free
    /// loopback ports and waits until it accepts connections (at most a minute).
    /// </summary>
    /// <exception cref="InvalidOperationException">RabbitMQ is not installed, or the node did not start.</exception>
    public static async Task<RabbitMqNode> StartAsync(string? nodeName, bool enableManagement, CancellationToken ct = default)
    {
        var tools = ServerTools.Find() ?? throw new InvalidOperationException(
            "rabbitmq-server was found neither on PATH nor in /usr/sbin. " + InstallHint);
        var fullName = FullNodeName(nodeName);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(tools, fullName, enableManagement, ct);
            }
            catch (NodeStartException exception) when (exception.Retryable && attempt < StartAttempts)
            {
                // Most likely a port taken between choosing and binding it: choose again.
            }
        }
    }

    private static async Task<RabbitMqNode> StartOnceAsync(ServerTools tools, string nodeName, bool enableManagement, CancellationToken ct)
    {
        var ports = FreePorts(enableManagement ? 3 : 2);
        var (port, distributionPort) = (ports[0], ports[1]);
        int? managementPort = enableManagement ? ports[2] : null;

        var directory = CreateDirectory(tools.RunAsRabbitMqUser);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var pidFile = Path.Combine(directory, "node.pid");
            var configFile = Path.Combine(directory, "rabbitmq.conf");
            var config = new StringBuilder()
                .AppendLine("loopback_users.guest = true")
                .AppendLine("log.console = false")
                .AppendLine("log.file.level = info")
                // Tests write little; do not refuse publishers on a nearly full /tmp.
                .AppendLine("disk_free_limit.absolute = 10MB");
            if (managementPort is { } management)
            {
                config.AppendLine("management.tcp.ip = 127.0.0.1")
                    .AppendLine(CultureInfo.InvariantCulture, $"management.tcp.port = {management}");
            }

            await File.WriteAllTextAsync(configFile, config.ToString(), ct);
            await File.WriteAllTextAsync(
                Path.Combine(directory, "enabled_plugins"), enableManagement ? "[rabbitmq_management].\n" : "[].\n", ct);
            await File.WriteAllTextAsync(Path.Combine(directory, "rabbitmq-env.conf"), string.Empty, ct);
            if (tools.RunAsRabbitMqUser)
            {
                await GiveToRabbitMqUserAsync(directory, ct);
            }

            var environment = new Dictionary<string, string>
            {
                ["RABBITMQ_NODENAME"] = nodeName,
                ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
                ["RABBITMQ_NODE_PORT"] = port.ToString(CultureInfo.InvariantCulture),
                ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(CultureInfo.InvariantCulture),
                ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
                ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
                ["RABBITMQ_PID_FILE"] = pidFile,
                ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
                ["RABBITMQ_CONFIG_FILE"] = configFile,
                // Keep the machine's own files (/etc/rabbitmq) out of this node.
                ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(directory, "advanced.config"),
                ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"),
                // Erlang distribution on loopback only, like AMQP.
                ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            };

            // The detached VM must not hold our pipes open, so the launcher's output goes to a file.
            var launchLog = Path.Combine(directory, "launch.log");
            var launch = await RunAsync(
                "/bin/sh", ["-c", "exec \"$0\" -detached >\"$1\" 2>&1", tools.Server, launchLog], environment, TimeSpan.FromSeconds(30), ct);
            if (launch.ExitCode != 0)
            {
                throw new NodeStartException(
                    $"`rabbitmq-server -detached` exited with {launch.ExitCode}: {ReadTail(launchLog)}", retryable: false);
            }

            var deadline = stopwatch.Elapsed + StartTimeout;
            var osProcessId = await WaitForPidFileAsync(pidFile, nodeName, directory, deadline, stopwatch, ct);

            // The pid file exists once the VM runs; `wait` then follows the distribution and the applications
            // (and fails at once if the VM dies). await_startup alone fails while the node is not yet
            // registered with epmd, so it comes second, as the final check.
            var remaining = Math.Max(5, (int)(deadline - stopwatch.Elapsed).TotalSeconds);
            var wait = await RunAsync(
                tools.Ctl, ["-n", nodeName, "wait", "--timeout", remaining.ToString(CultureInfo.InvariantCulture), pidFile],
                environment, TimeSpan.FromSeconds(remaining + 15), ct);
            if (wait.ExitCode == 0)
            {
                wait = await RunAsync(
                    tools.Ctl, ["-n", nodeName, "await_startup", "--timeout", "30"], environment, TimeSpan.FromSeconds(45), ct);
            }

            if (wait.ExitCode != 0)
            {
                var died = !IsAlive(osProcessId);
                await KillAsync(osProcessId, nodeName);
                throw new NodeStartException(
                    $"RabbitMQ node {nodeName} did not start (exit {wait.ExitCode}): {wait.Output.Trim()}\n{ReadTail(Path.Combine(directory, "log", nodeName + ".log"))}",
                    retryable: died);
            }

            stopwatch.Stop();
            return new RabbitMqNode(nodeName, port, distributionPort, managementPort, directory, tools, environment, osProcessId, stopwatch.Elapsed);
        }
        catch
        {
            await KillAsync(ReadPid(Path.Combine(directory, "node.pid")), nodeName);
            DeleteDirectory(directory);
            throw;
        }
    }

    /// <summary>Stops the node (<c>rabbitmqctl stop</c>, else kills it) and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        try
        {
            // With the pid file, `stop` returns only once the VM has exited.
            var stop = await RunAsync(_tools.Ctl, ["-n", NodeName, "stop", _pidFile], _environment, StopTimeout, CancellationToken.None);
            if (stop.ExitCode != 0 || IsAlive(OsProcessId))
            {
                await KillAsync(OsProcessId, NodeName);
            }
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            await KillAsync(OsProcessId, NodeName);
        }
        finally
        {
            DeleteDirectory(DataDirectory);
            if (_watchdog is not null)
            {
                await StopWatchdogAsync(_watchdog);
            }
        }
    }

    public override string ToString() => $"{NodeName} ({AmqpUri})";

    private void OnProcessExit(object? sender, EventArgs e)
    {
        // The last chance when the owner never disposed the node: no time for a graceful stop.
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            KillAsync(OsProcessId, NodeName).GetAwaiter().GetResult();
            DeleteDirectory(DataDirectory);
        }
    }

    private static string FullNodeName(string? nodeName)
    {
        var name = string.IsNullOrWhiteSpace(nodeName)
            ? "clinical-" + Guid.NewGuid().ToString("N")[..12]
            : nodeName.Trim();
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            if (!string.Equals(name[(at + 1)..], "localhost", StringComparison.Ordinal))
            {
                throw new ArgumentException($"A private node runs on localhost; got '{name}'.", nameof(nodeName));
            }

            name = name[..at];
        }

        if (!NodeNamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid node name (letters, digits, '-' and '_').", nameof(nodeName));
        }

        return name + "@localhost";
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,200}$")]
    private static partial Regex NodeNamePattern();

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
