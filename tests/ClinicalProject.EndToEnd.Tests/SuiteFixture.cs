using ClinicalProject.LocalRun.Broker;
using ClinicalProject.LocalRun.Suite;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>One broker and one running suite for a whole test collection.</summary>
public class SuiteFixture : IAsyncLifetime
{
    private BrokerLease? _broker;
    private LocalSuite? _suite;
    private string? _workDirectory;

    public LocalSuite Suite => _suite ?? throw new InvalidOperationException("The suite is not started.");

    public string RepositoryRoot { get; } = SuiteOptions.FindRepositoryRoot(AppContext.BaseDirectory);

    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _broker = await RabbitMqBroker.AcquireAsync();
        _workDirectory = Directory.CreateTempSubdirectory("clinicalproject-e2e-").FullName;
        using var progress = new StringWriter();
        _suite = await LocalSuite.StartAsync(new SuiteOptions
        {
            RepositoryRoot = RepositoryRoot,
            Configuration = BuildConfiguration(),
            BrokerUri = _broker.AmqpUri,
            WorkDirectory = _workDirectory,
            // Own exchanges and queues, should RABBITMQ_URL point at a shared broker.
            EntityPrefix = "e2e-" + Guid.NewGuid().ToString("N")[..8],
            Environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        }, progress, CancellationToken.None);
        Gateway = Client(ClinicalRoles.Admin);
    }

    /// <summary>A client of the gateway sending <paramref name="role"/>'s token (none when null).</summary>
    public HttpClient Client(string? role)
    {
        var client = new HttpClient { BaseAddress = Suite.GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", Suite.TokenFor(role));
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (_suite is not null)
        {
            await _suite.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        if (_workDirectory is not null)
        {
            try
            {
                Directory.Delete(_workDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A log still held open; the temp folder is cleaned by the system.
            }
        }
    }

    /// <summary>The services were built in the same configuration as this test assembly (bin/&lt;configuration&gt;/net10.0).</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
}

[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "suite";
}

/// <summary>
/// A suite of its own for tests that need the demo hierarchy to be the latest one (the inventory places sites
/// in the latest hierarchy), which other collections' imports would change.
/// </summary>
public sealed class DemoSuiteFixture : SuiteFixture;

[CollectionDefinition(Name)]
public sealed class DemoSuiteCollection : ICollectionFixture<DemoSuiteFixture>
{
    public const string Name = "demo-suite";
}
