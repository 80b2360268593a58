using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace ClinicalProject.Testing.Broker;

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
}
