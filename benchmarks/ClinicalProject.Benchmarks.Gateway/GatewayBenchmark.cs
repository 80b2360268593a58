using ClinicalProject.Testing.Broker;
using ClinicalProject.Benchmarks.Gateway.Suite;
using ClinicalProject.Benchmarks.Suite;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Benchmarks.Gateway;

/// <summary>
/// Starts the real suite (Release build, Production environment, a private broker, the demo territories),
/// then drives <c>GET /territories/hierarchies</c> of resource inventory with wrk: directly on the service's
/// port, through nginx, through YARP alone (the floor under the gateway: same proxy library, none of the
/// gateway's features), through the gateway with its output cache off (every request goes to the service,
/// like nginx), and through a second gateway with its cache on, as deployed. Each target is warmed up, then
/// measured in alternating rounds; the medians are reported.
/// </summary>
public static class GatewayBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        var root = SuiteOptions.FindRepositoryRoot(AppContext.BaseDirectory);
        var cancellation = CancellationToken.None;
        var work = Directory.CreateTempSubdirectory("clinicalproject-bench-").FullName;
        await using var broker = await RabbitMqBroker.AcquireAsync(cancellation);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // One client drives all the load: the per-client limit must not be what is measured.
            ["Gateway__RateLimiting__RequestsPerSecond"] = "10000000",
            ["Gateway__RateLimiting__Burst"] = "10000000",
        };
        await using var suite = await LocalSuite.StartAsync(new SuiteOptions
        {
            RepositoryRoot = root,
            Configuration = "Release",
            BrokerUri = broker.AmqpUri,
            WorkDirectory = work,
            EntityPrefix = "bench",
            Environment = new Dictionary<string, string>(environment) { ["Gateway__OutputCache__Expiration"] = "00:00:00" },
        }, Console.Out, cancellation);
        await BenchmarkTerritories.LoadAsync(suite.GatewayAddress, suite.TokenFor(ClinicalRoles.Admin), root, cancellation);

        var inventory = suite.AddressOf(SuiteComponent.Inventory);
        var cachedAddress = new Uri($"http://127.0.0.1:{SuiteProcess.FreePort()}/");
        var cachedEnvironment = new Dictionary<string, string>(environment) { ["Auth__SigningKey"] = suite.SigningKey };
        foreach (var service in SuiteComponent.Services)
        {
            cachedEnvironment[$"services__{service.Name}__http__0"] = suite.AddressOf(service).ToString().TrimEnd('/');
        }

        await using var cachedGateway = SuiteProcess.Start(
            SuiteComponent.Gateway, SuiteComponent.Gateway.AssemblyPath(root, "Release"), cachedAddress, cachedEnvironment,
            Path.Combine(work, "logs", "gateway-cached.log"), "--urls", cachedAddress.ToString());
        await using var nginx = await NginxProxy.StartAsync(inventory, SuiteProcess.FreePort(), cancellation);
        await using var yarpAlone = await YarpAloneProxy.StartAsync(inventory, SuiteProcess.FreePort(), cancellation);
        await WaitUntilReadyAsync(new Uri(cachedAddress, "/health"), cancellation);

        const string ServicePath = "territories/hierarchies";
        var targets = new (string Name, Uri Url)[]
        {
            ("direct", new Uri(inventory, ServicePath)),
            ("nginx", new Uri($"http://127.0.0.1:{nginx.Port}/{ServicePath}")),
            ("YARP alone", new Uri($"http://127.0.0.1:{yarpAlone.Port}/{ServicePath}")),
            ("gateway", new Uri(suite.GatewayAddress, "api/v1/inventory/" + ServicePath)),
            ("gateway (output cache on)", new Uri(cachedAddress, "api/v1/inventory/" + ServicePath)),
        };
        var token = suite.TokenFor(ClinicalRoles.Viewer);
        await CheckAnswersAsync(targets, token, cancellation);
        if (options.Hold)
        {
            foreach (var (name, url) in targets)
            {
                Console.WriteLine($"target {name}: {url}");
            }

            Console.WriteLine($"token: {token}");
            Console.WriteLine($"signing key: {suite.SigningKey}");
            Console.WriteLine("Holding; close standard input to stop.");
            await Console.In.ReadToEndAsync(cancellation);
            return 0;
        }

        foreach (var (name, url) in targets)
        {
            Console.WriteLine($"warm-up {name} …");
            await Wrk.RunAsync(name, url, token, options.Threads, options.Connections, options.Warmup, cancellation);
        }

        var loaded = await MeasureAsync(targets, inventory, token, options.Threads, options.Connections, options, null, cancellation);
        var pinned = Environment.ProcessorCount >= 2
            ? await MeasureAsync(targets, inventory, token, options.Threads, options.Connections, options, new Pinning("0", "1"), cancellation)
            : null;
        var light = await MeasureAsync(targets, inventory, token, 1, options.LightConnections, options, null, cancellation);
        var sections = new List<BenchmarkReport.Section>
        {
            new($"Under load: {options.Connections} connections, {options.Threads} wrk threads, every process on every core", loaded),
        };
        if (pinned is not null)
        {
            sections.Add(new(
                $"Under load, the proxy on a core of its own: {options.Connections} connections, {options.Threads} wrk threads; "
                + "the service and wrk on core 0, the proxy under test on core 1 (as when the gateway runs in its own container)", pinned));
        }

        sections.Add(new($"Lightly loaded: {options.LightConnections} connection(s), one request at a time", light));
        var report = await BenchmarkReport.WriteAsync(root, options, sections, cancellation);
        Console.WriteLine();
        Console.WriteLine(await File.ReadAllTextAsync(report, cancellation));
        Console.WriteLine($"Written to {report}");
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // Logs still held open by an exiting process: the temp folder is cleaned by the system.
        }

        return 0;
    }

    /// <summary>
    /// Rounds alternating the targets, so a disturbance on the machine hits them all alike. Around each run the
    /// CPU time of the proxy's processes and of the service's is read, per request.
    /// </summary>
    private static async Task<IReadOnlyList<(string Name, IReadOnlyList<WrkResult> Runs)>> MeasureAsync(
        (string Name, Uri Url)[] targets, Uri service, string token, int threads, int connections, BenchmarkOptions options, Pinning? pinning,
        CancellationToken cancellationToken)
    {
        var serviceCpu = ProcessCpu.ListeningOn(service.Port);
        var proxyCpu = targets.ToDictionary(t => t.Name, t => t.Url.Port == service.Port ? null : ProcessCpu.ListeningOn(t.Url.Port));
        var proxies = proxyCpu.Values.OfType<ProcessCpu>().ToList();
        if (pinning is not null)
        {
            await serviceCpu.PinAsync(pinning.ServiceAndLoad, cancellationToken);
            foreach (var proxy in proxies)
            {
                await proxy.PinAsync(pinning.Proxy, cancellationToken);
            }
        }

        try
        {
            return await MeasureRoundsAsync(targets, serviceCpu, proxyCpu, token, threads, connections, options, pinning, cancellationToken);
        }
        finally
        {
            if (pinning is not null)
            {
                var all = $"0-{Environment.ProcessorCount - 1}";
                foreach (var process in proxies.Append(serviceCpu))
                {
                    await process.PinAsync(all, CancellationToken.None);
                }
            }
        }
    }

    private static async Task<IReadOnlyList<(string Name, IReadOnlyList<WrkResult> Runs)>> MeasureRoundsAsync(
        (string Name, Uri Url)[] targets, ProcessCpu serviceCpu, Dictionary<string, ProcessCpu?> proxyCpu, string token, int threads, int connections,
        BenchmarkOptions options, Pinning? pinning, CancellationToken cancellationToken)
    {
        var results = targets.ToDictionary(t => t.Name, _ => new List<WrkResult>());
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var (name, url) in targets)
            {
                var proxy = proxyCpu[name];
                var (proxyBefore, serviceBefore) = (proxy?.Used(), serviceCpu.Used());
                var result = await Wrk.RunAsync(name, url, token, Math.Min(threads, connections), connections, options.Duration, cancellationToken, pinning?.ServiceAndLoad);
                result = result with
                {
                    ProxyCpuUs = proxy is null ? null : (proxy.Used() - proxyBefore!.Value).TotalMicroseconds / result.Requests,
                    ServiceCpuUs = (serviceCpu.Used() - serviceBefore).TotalMicroseconds / result.Requests,
                };
                Console.WriteLine($"{connections,3} conn.{(pinning is null ? "" : " pinned")} round {round} {name,-26} {result.RequestsPerSecond,10:F0} req/s  p50 {result.P50Ms:F2} ms  p99 {result.P99Ms:F2} ms  "
                    + $"CPU/request: proxy {result.ProxyCpuUs?.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} µs, service {result.ServiceCpuUs:F0} µs");
                results[name].Add(result);
            }
        }

        return targets.Select(t => (t.Name, (IReadOnlyList<WrkResult>)results[t.Name])).ToList();
    }

    /// <summary>Every target must answer 200 with the same document before anything is measured.</summary>
    private static async Task CheckAnswersAsync(IEnumerable<(string Name, Uri Url)> targets, string token, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        string? expected = null;
        foreach (var (name, url) in targets)
        {
            using var response = await http.GetAsync(url, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode || (expected ??= body) != body)
            {
                throw new InvalidOperationException($"{name} ({url}) answered {(int)response.StatusCode}: {body}");
            }
        }

        Console.WriteLine($"Every target answers the same {expected!.Length}-byte document.");
    }

    private static async Task WaitUntilReadyAsync(Uri health, CancellationToken cancellationToken)
    {
        if (!await Readiness.WaitAsync(health, null, _ => Task.FromResult(string.Empty), 300, cancellationToken))
        {
            throw new TimeoutException($"{health} did not answer.");
        }
    }

    /// <summary>CPU lists (<c>taskset</c> syntax) for the service with the load generator, and for the proxy.</summary>
    private sealed record Pinning(string ServiceAndLoad, string Proxy);
}
