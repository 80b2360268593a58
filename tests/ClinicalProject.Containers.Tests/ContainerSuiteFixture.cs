using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using ClinicalProject.DemoLoader;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Containers.Tests;

/// <summary>
/// The suite in containers, started once for every test of this assembly from the images scripts/containers.sh
/// builds: a private internal network for RabbitMQ and the services, each service's migration as a one-off
/// container on its data volume, the four services (two profiling replicas) with read-only root file systems, and
/// the gateway, also on a second network and the only container with a port published (loopback, any free port).
/// The demo is then loaded through that port by the demo loader's own code.
/// </summary>
public sealed class ContainerSuiteFixture : IAsyncLifetime
{
    public const string Tag = "dev";
    public const string RabbitMqImage = "localhost/clinicalproject-rabbitmq:local";
    public static readonly string[] Services = ["profiling", "inventory", "gapanalysis", "impact"];
    public const int ProfilingReplicas = 2;

    /// <summary>Each service's database (its SQLite file is <c>/data/&lt;name&gt;.db</c>).</summary>
    public static readonly IReadOnlyDictionary<string, string> Databases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["profiling"] = "profilingdb",
        ["inventory"] = "inventorydb",
        ["gapanalysis"] = "gapanalysisdb",
        ["impact"] = "impactdb",
    };

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);

    private readonly string _brokerPassword = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    private readonly List<string> _containers = [];

    /// <summary>Every name this run gives a container, network or volume starts with it.</summary>
    public string Prefix { get; } = "cptest-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));

    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public string BackendNetwork => Prefix + "-backend";

    public string FrontendNetwork => Prefix + "-frontend";

    public string Gateway => Prefix + "-gateway";

    /// <summary>The gateway's address on this machine (the one published port).</summary>
    public Uri GatewayAddress { get; private set; } = null!;

    /// <summary>Every container of this run, the broker and the gateway included.</summary>
    public IReadOnlyList<string> Containers => _containers;

    /// <summary>The service containers (each profiling replica) and the gateway.</summary>
    public IEnumerable<string> ApplicationContainers => _containers.Where(c => !c.EndsWith("-rabbitmq", StringComparison.Ordinal));

    /// <summary>How long each one-off migration took, by service (each exited 0, or the fixture failed).</summary>
    public Dictionary<string, TimeSpan> Migrations { get; } = new(StringComparer.Ordinal);

    /// <summary>Seconds from the first container started to the demo loaded, for the report.</summary>
    public TimeSpan StartDuration { get; private set; }

    public static string ImageOf(string service) => $"localhost/clinicalproject-{service}:{Tag}";

    public static string DataVolume(string prefix, string service) => $"{prefix}-{service}-data";

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var cancellationToken = timeout.Token;
        var clock = Stopwatch.StartNew();
        foreach (var image in Services.Append("gateway").Select(ImageOf).Append(RabbitMqImage))
        {
            var exists = await Podman.TryRunAsync(["image", "exists", image], cancellationToken);
            if (exists.ExitCode != 0)
            {
                throw new InvalidOperationException($"The image {image} is missing: build the images with scripts/containers.sh (scripts/test.sh does).");
            }
        }

        try
        {
            await Podman.RunAsync(["network", "create", "--internal", BackendNetwork], cancellationToken);
            await Podman.RunAsync(["network", "create", FrontendNetwork], cancellationToken);

            await StartAsync("rabbitmq", RabbitMqImage, "rabbitmq",
                ["-e", "RABBITMQ_DEFAULT_USER=clinicalproject", "-e", $"RABBITMQ_DEFAULT_PASS={_brokerPassword}",
                 "-v", $"{Prefix}-rabbitmq-data:/var/lib/rabbitmq"], [], cancellationToken);
            await WaitHealthyAsync(Prefix + "-rabbitmq", cancellationToken);

            foreach (var service in Services)
            {
                var started = Stopwatch.StartNew();
                await Podman.RunAsync(
                    ["run", "--rm", "--name", $"{Prefix}-{service}-migrate", "--network", BackendNetwork, .. Hardening(),
                     .. ServiceEnvironment(service), ImageOf(service), "migrate"],
                    cancellationToken);
                Migrations[service] = started.Elapsed;
            }

            for (var replica = 1; replica <= ProfilingReplicas; replica++)
            {
                await StartServiceAsync("profiling", $"profiling-{replica}", [], cancellationToken);
            }

            foreach (var service in Services.Skip(1))
            {
                await StartServiceAsync(service, service, [], cancellationToken);
            }

            foreach (var container in ApplicationContainers.ToList())
            {
                await WaitHealthyAsync(container, cancellationToken);
            }

            await StartAsync("gateway", ImageOf("gateway"), "gateway",
                [.. Hardening(), .. CommonEnvironment(), "--network", FrontendNetwork, "-p", "127.0.0.1::8080"], [], cancellationToken);
            await WaitHealthyAsync(Gateway, cancellationToken);
            var port = await Podman.RunAsync(["port", Gateway, "8080/tcp"], cancellationToken);
            GatewayAddress = new Uri($"http://{port.Split('\n')[0].Trim()}/");

            await new DemoLoad(new DemoGateway(GatewayAddress, SigningKey), TextWriter.Null).RunAsync(cancellationToken);
            StartDuration = clock.Elapsed;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var logs = new List<string>();
            foreach (var container in _containers)
            {
                logs.Add(await Podman.LogTailAsync(container));
            }

            await DisposeAsync();
            throw new InvalidOperationException($"The suite did not start in containers: {exception.Message}\n{string.Join('\n', logs)}", exception);
        }
    }

    /// <summary>A gateway client with a token for <paramref name="role"/>.</summary>
    public HttpClient Client(string role)
    {
        var client = new HttpClient { BaseAddress = GatewayAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.Create("containers-test", [role], signingKey: SigningKey));
        return client;
    }

    /// <summary>What every application container runs with: no capabilities, no privilege escalation, a read-only root.</summary>
    public static string[] Hardening() =>
        ["--read-only", "--tmpfs", "/tmp", "--cap-drop", "ALL", "--security-opt", "no-new-privileges"];

    private string[] CommonEnvironment() =>
    [
        "-e", $"ConnectionStrings__messaging=amqp://clinicalproject:{_brokerPassword}@rabbitmq:5672/",
        "-e", $"Auth__SigningKey={SigningKey}",
        .. Services.SelectMany(s => new[] { "-e", $"services__{s}__http__0=http://{s}:8080" }),
    ];

    /// <summary>The environment of a service and of its migration: the broker, the key, the SQLite volume.</summary>
    public string[] ServiceEnvironment(string service) =>
    [
        .. CommonEnvironment(),
        "-e", "Database__Provider=Sqlite",
        "-v", $"{DataVolume(Prefix, service)}:/data",
        .. service == "gapanalysis"
            // The demo's need and projection for gap analysis, as the app host sets them.
            ? new[]
            {
                "-e", "GapAnalysis__Programs__3__NeedIndicator=seniors-75-plus",
                "-e", "GapAnalysis__Projection=msss-estrie",
                "-e", "GapAnalysis__ProjectedPeriod=2031",
            }
            : [],
    ];

    private Task StartServiceAsync(string service, string name, string[] extra, CancellationToken cancellationToken) =>
        StartAsync(name, ImageOf(service), service, [.. Hardening(), .. ServiceEnvironment(service), .. extra], [], cancellationToken);

    private async Task StartAsync(string name, string image, string alias, string[] options, string[] arguments, CancellationToken cancellationToken)
    {
        var container = $"{Prefix}-{name}";
        _containers.Add(container);
        await Podman.RunAsync(
            ["run", "-d", "--name", container, "--label", $"clinicalproject.test={Prefix}", "--network", BackendNetwork,
             "--network-alias", alias, .. options, image, .. arguments],
            cancellationToken);
    }

    /// <summary>Runs the image's own HEALTHCHECK until it passes (Podman runs none by itself without systemd).</summary>
    public static async Task WaitHealthyAsync(string container, CancellationToken cancellationToken)
    {
        while (true)
        {
            var check = await Podman.TryRunAsync(["healthcheck", "run", container], cancellationToken);
            if (check.ExitCode == 0)
            {
                return;
            }

            var state = await Podman.TryRunAsync(["inspect", "--format", "{{.State.Status}}", container], cancellationToken);
            if (state.Output != "running")
            {
                throw new InvalidOperationException($"{container} is {state.Output}, not running.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    public async Task DisposeAsync()
    {
        var none = CancellationToken.None;
        foreach (var container in _containers.AsEnumerable().Reverse())
        {
            await Podman.TryRunAsync(["rm", "-f", "-v", "-t", "5", container], none);
        }

        await Podman.TryRunAsync(["network", "rm", "-f", BackendNetwork, FrontendNetwork], none);
        foreach (var name in Services.Select(s => DataVolume(Prefix, s)).Append($"{Prefix}-rabbitmq-data"))
        {
            await Podman.TryRunAsync(["volume", "rm", "-f", name], none);
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix} started in {StartDuration.TotalSeconds:0} s");
}

[CollectionDefinition(Name)]
public sealed class ContainerSuiteCollection : ICollectionFixture<ContainerSuiteFixture>
{
    public const string Name = "containers";
}
