using ClinicalProject.Benchmarks.Suite;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Benchmarks.Gateway.Suite;

/// <summary>
/// The four services and the gateway as real processes on loopback, with SQLite and one broker: what the
/// run command starts and what the end-to-end tests drive. Each service's schema is brought up to date by
/// its deliberate <c>migrate</c> step before it starts.
/// </summary>
public sealed class LocalSuite : IAsyncDisposable
{
    private readonly List<SuiteProcess> _processes;

    private LocalSuite(Uri gatewayAddress, List<SuiteProcess> processes, string signingKey)
    {
        GatewayAddress = gatewayAddress;
        _processes = processes;
        SigningKey = signingKey;
    }

    public Uri GatewayAddress { get; }

    /// <summary>The key the suite's processes validate tokens with.</summary>
    public string SigningKey { get; }

    /// <summary>A token for <paramref name="role"/> that this suite accepts.</summary>
    public string TokenFor(string role) => DevelopmentTokens.ForRole(role, SigningKey);

    /// <summary>A token for <paramref name="subject"/> with <paramref name="role"/>, signed with this run's key.</summary>
    public string TokenFor(string subject, string role) => DevelopmentTokens.Create(subject, [role], signingKey: SigningKey);

    public IReadOnlyList<SuiteProcess> Processes => _processes;

    public Uri AddressOf(SuiteComponent component) => _processes.First(p => p.Component == component).Address;

    public static async Task<LocalSuite> StartAsync(SuiteOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var logDirectory = Path.Combine(options.WorkDirectory, "logs");
        var addresses = new Dictionary<SuiteComponent, Uri>();
        var port = options.FirstServicePort;
        foreach (var service in SuiteComponent.Services)
        {
            addresses[service] = SuiteProcess.Loopback(port == 0 ? SuiteProcess.FreePort() : port++);
        }

        addresses[SuiteComponent.Gateway] = SuiteProcess.Loopback(options.GatewayPort == 0 ? SuiteProcess.FreePort() : options.GatewayPort);

        var signingKey = options.SigningKey ?? DevelopmentTokens.NewRandomKey();
        var shared = new Dictionary<string, string>(options.Environment)
        {
            ["ConnectionStrings__messaging"] = options.BrokerUri,
            ["Auth__SigningKey"] = signingKey,
            ["Database__Provider"] = "Sqlite",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (component, address) in addresses)
        {
            shared[$"services__{component.Name}__http__0"] = address.ToString().TrimEnd('/');
        }

        if (!string.IsNullOrWhiteSpace(options.EntityPrefix))
        {
            shared["Messaging__EntityPrefix"] = options.EntityPrefix;
        }

        // The deliberate migrate step, all services at once.
        await Task.WhenAll(SuiteComponent.Services.Select(service =>
            SuiteProcess.MigrateAsync(service, service.AssemblyPath(options.RepositoryRoot, options.Configuration),
                EnvironmentFor(service, shared, options), logDirectory, options.StartTimeout, cancellationToken)));
        progress.WriteLine("Databases migrated.");

        var processes = new List<SuiteProcess>();
        var suite = new LocalSuite(addresses[SuiteComponent.Gateway], processes, signingKey);
        try
        {
            foreach (var component in SuiteComponent.Services.Append(SuiteComponent.Gateway))
            {
                processes.Add(SuiteProcess.Start(
                    component,
                    component.AssemblyPath(options.RepositoryRoot, options.Configuration),
                    addresses[component],
                    EnvironmentFor(component, shared, options),
                    Path.Combine(logDirectory, component.Name + ".log"),
                    "--urls", addresses[component].ToString()));
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeout);
            await Task.WhenAll(processes.Select(p => p.WaitForHealthAsync(http, timeout.Token)));
            progress.WriteLine("All services and the gateway are healthy.");
            return suite;
        }
        catch
        {
            await suite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Gateway first, so no request reaches a service that is going away.
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        _processes.Clear();
    }

    private static Dictionary<string, string> EnvironmentFor(
        SuiteComponent component, IReadOnlyDictionary<string, string> shared, SuiteOptions options)
    {
        var environment = new Dictionary<string, string>(shared)
        {
            ["OTEL_SERVICE_NAME"] = component.Name,
        };
        if (component.DatabaseName is not null)
        {
            environment["Database__DataDirectory"] = Path.Combine(options.WorkDirectory, "data", component.Name);
        }

        return environment;
    }
}
