using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.AppHost.Infrastructure;

/// <summary>
/// No container engine: Debian's <c>rabbitmq-server</c> runs as an executable resource, a private node whose files
/// live in the run folder (<c>&lt;run&gt;/rabbitmq</c>), on loopback ports of its own; every service keeps a SQLite
/// file in <c>&lt;run&gt;/data/&lt;service&gt;</c>.
/// </summary>
public static class LocalInfrastructure
{
    public static SuiteInfrastructure Add(IDistributedApplicationBuilder builder, string runDirectory)
    {
        var node = LocalRabbitMqNode.Prepare(Path.Combine(runDirectory, "rabbitmq"), FreeLoopbackPort(), FreeLoopbackPort());
        var resource = new LocalRabbitMqResource("messaging", node);
        var healthCheck = "messaging-amqp";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new AmqpHealthCheck(node.AmqpUri));
        var messaging = builder.AddResource(resource)
            .WithEndpoint(port: node.AmqpPort, targetPort: node.AmqpPort, scheme: "tcp", name: "amqp", isProxied: false)
            .WithEnvironment(context =>
            {
                foreach (var (name, value) in node.Environment)
                {
                    context.EnvironmentVariables[name] = value;
                }
            })
            .WithHealthCheck(healthCheck);

        return new SuiteInfrastructure(messaging, SqliteIn(runDirectory));
    }

    /// <summary>Every service's SQLite file in <c>&lt;run&gt;/data/&lt;service&gt;</c>.</summary>
    public static Action<IResourceBuilder<ProjectResource>, ServiceDatabase> SqliteIn(string runDirectory) => (service, database) => service
        .WithEnvironment("Database__Provider", "Sqlite")
        .WithEnvironment("Database__DataDirectory", Path.Combine(runDirectory, "data", database.ServiceName));

    /// <summary>A port free on loopback now (the node binds it a few seconds later).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The broker node of a local run: where its files are, its ports, and the environment that starts it.</summary>
public sealed record LocalRabbitMqNode(string Directory, string NodeName, int AmqpPort, int DistributionPort, string Command)
{
    public string AmqpUri => string.Create(CultureInfo.InvariantCulture, $"amqp://guest:guest@127.0.0.1:{AmqpPort}/");

    /// <summary>
    /// Writes the node's configuration into <paramref name="directory"/>. The node name is derived from the folder,
    /// so one run folder keeps one node (and its queues) across restarts, and two run folders never clash.
    /// </summary>
    public static LocalRabbitMqNode Prepare(string directory, int amqpPort, int distributionPort)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "mnesia"));
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "log"));
        File.WriteAllText(Path.Combine(directory, "rabbitmq.conf"), string.Join('\n',
            "loopback_users.guest = true",
            "log.console = true",
            "log.console.level = warning",
            "log.file = false",
            // A development machine's disk may be nearly full; do not block publishers for it.
            "disk_free_limit.absolute = 50MB",
            string.Empty));
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[].\n");
        File.WriteAllText(Path.Combine(directory, "rabbitmq-env.conf"), string.Empty);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(directory))))[..10];
        return new LocalRabbitMqNode(directory, $"clinicalproject-{hash}@localhost", amqpPort, distributionPort, FindServer());
    }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Directory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(Directory, "log"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Directory, "enabled_plugins"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(Directory, "rabbitmq.conf"),
        // Keep the machine's own files (/etc/rabbitmq) out of this node.
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(Directory, "advanced.config"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(Directory, "rabbitmq-env.conf"),
        // Erlang distribution on loopback only, like AMQP.
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
    };

    /// <summary>
    /// Debian's server script itself (<c>/usr/lib/rabbitmq/bin/rabbitmq-server</c>), not the <c>/usr/sbin</c> wrapper:
    /// the wrapper switches to the rabbitmq user (who could not write the run folder) and detaches its output;
    /// the script runs the node in the foreground as whoever starts it, so the dashboard shows its log and stopping
    /// the resource stops the node. Elsewhere, <c>rabbitmq-server</c> from PATH.
    /// </summary>
    private static string FindServer()
    {
        const string debianScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
        if (File.Exists(debianScript))
        {
            return debianScript;
        }

        return (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "rabbitmq-server"))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "Local infrastructure needs RabbitMQ: `sudo apt-get install -y rabbitmq-server` (scripts/run.sh does it), " +
                "or run with --Infrastructure containers on a machine with Docker or Podman.");
    }
}

/// <summary>The local broker node: an executable whose connection string is the node's AMQP address.</summary>
public sealed class LocalRabbitMqResource(string name, LocalRabbitMqNode node)
    : ExecutableResource(name, node.Command, node.Directory), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{node.AmqpUri}");
}
