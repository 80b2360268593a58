using ClinicalProject.Benchmarks.Suite;

namespace ClinicalProject.Benchmarks.Profiling.ScaleOut;

/// <summary>
/// Replicas of the profiling service (Release build, Production environment) as processes on loopback: one
/// broker, one entity prefix and one SQLite data folder, so they compete on the partition work queue and store
/// into one database, as the AppHost's local mode runs its two replicas. Replica 1 is the one the benchmark
/// talks to (imports, jobs, results); the others are started and stopped around it.
/// </summary>
public sealed class ProfilingReplicas : IAsyncDisposable
{
    private readonly string _assemblyPath;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly string _logDirectory;
    private readonly List<SuiteProcess> _running = [];
    private int _started;

    private ProfilingReplicas(string assemblyPath, IReadOnlyDictionary<string, string> environment, string logDirectory)
    {
        _assemblyPath = assemblyPath;
        _environment = environment;
        _logDirectory = logDirectory;
    }

    public IReadOnlyList<SuiteProcess> Running => _running;

    /// <summary>The replica the benchmark's requests go to.</summary>
    public SuiteProcess First => _running[0];

    /// <summary>The shared data folder holding the service's SQLite database.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Runs the deliberate migrate step on the shared database; nothing runs yet.</summary>
    public static async Task<ProfilingReplicas> CreateAsync(
        string repositoryRoot, string workDirectory, string brokerUri, string signingKey, CancellationToken cancellationToken)
    {
        var component = SuiteComponent.Profiling;
        var dataDirectory = Path.Combine(workDirectory, "data");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_NOLOGO"] = "1",
            ["ConnectionStrings__messaging"] = brokerUri,
            ["Auth__SigningKey"] = signingKey,
            ["Database__Provider"] = "Sqlite",
            ["Database__DataDirectory"] = dataDirectory,
            ["Messaging__EntityPrefix"] = "scaleout",
            ["Profiling__ImportDirectory"] = Path.Combine(workDirectory, "uploads"),
            ["OTEL_SERVICE_NAME"] = component.Name,
        };
        var replicas = new ProfilingReplicas(component.AssemblyPath(repositoryRoot, "Release"), environment, Path.Combine(workDirectory, "logs"))
        {
            DataDirectory = dataDirectory,
        };
        await SuiteProcess.MigrateAsync(component, replicas._assemblyPath, environment, replicas._logDirectory, TimeSpan.FromMinutes(2), cancellationToken);
        return replicas;
    }

    /// <summary>Starts or stops replicas until <paramref name="count"/> run; returns how many were started.</summary>
    public async Task<int> ScaleToAsync(int count, CancellationToken cancellationToken)
    {
        while (_running.Count > count)
        {
            var last = _running[^1];
            _running.RemoveAt(_running.Count - 1);
            await last.DisposeAsync(); // SIGTERM: the bus stops consuming, then the process ends
        }

        var started = new List<SuiteProcess>();
        while (_running.Count < count)
        {
            var name = $"replica-{++_started}";
            var address = SuiteProcess.Loopback(SuiteProcess.FreePort());
            var environment = new Dictionary<string, string>(_environment) { ["Profiling__ReplicaName"] = name };
            var process = SuiteProcess.Start(SuiteComponent.Profiling, _assemblyPath, address, environment,
                Path.Combine(_logDirectory, name + ".log"), "--urls", address.ToString());
            _running.Add(process);
            started.Add(process);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await Task.WhenAll(started.Select(p => p.WaitForHealthAsync(http, timeout.Token)));
        return started.Count;
    }

    /// <summary>The replica names in the partitions they store (<c>Profiling:ReplicaName</c>), by process id.</summary>
    public IReadOnlyDictionary<int, string> Names =>
        _running.ToDictionary(p => p.Id, p => Path.GetFileNameWithoutExtension(p.LogPath));

    public async ValueTask DisposeAsync() => await ScaleToAsync(0, CancellationToken.None);
}
