using ClinicalProject.ServiceDefaults.Database;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ClinicalProject.Messaging.Tests.Infrastructure;

/// <summary>
/// One test's world: the shared broker seen through an entity prefix of its own (so its exchanges and
/// queues meet no other test's), a temporary folder for the services' SQLite databases, the services it
/// builds (real generic hosts wired as the services wire themselves), and a <see cref="Probe"/>.
/// </summary>
public sealed class TestBed : IAsyncDisposable
{
    public const string DatabaseName = "orders";
    public const int RetryLimit = 2;

    private readonly List<TestService> _services = [];
    private readonly ITestOutputHelper _output;

    private TestBed(string brokerUri, ITestOutputHelper output)
    {
        BrokerUri = brokerUri;
        _output = output;
        EntityPrefix = "t" + Guid.NewGuid().ToString("N")[..10];
        Directory = System.IO.Directory.CreateTempSubdirectory("clinical-messaging-test-").FullName;
    }

    public string BrokerUri { get; }

    public string EntityPrefix { get; }

    public string Directory { get; }

    public Probe Probe { get; } = new();

    public static async Task<TestBed> CreateAsync(ITestOutputHelper output) => new(await SharedBroker.GetAsync(), output);

    /// <summary>On a broker of the test's own (one it may stop).</summary>
    public static TestBed CreateOn(string brokerUri, ITestOutputHelper output) => new(brokerUri, output);

    /// <summary>For services that are built but never started: their bus would connect to nothing.</summary>
    public static TestBed CreateWithoutBroker(ITestOutputHelper output) => new("amqp://guest:guest@127.0.0.1:1/", output);

    /// <summary>Builds a service named <paramref name="name"/> with its database created, and starts it.</summary>
    public async Task<TestService> StartServiceAsync(string name, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var service = await BuildServiceAsync(name, consumers);
        await service.StartAsync();
        return service;
    }

    /// <summary>
    /// Builds a service without starting it: its database exists and can be written, but neither bus nor
    /// outbox dispatcher runs. Services of one name share their database, like the replicas of a service.
    /// </summary>
    public async Task<TestService> BuildServiceAsync(string name, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var dataDirectory = Path.Combine(Directory, name);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "ClinicalProject.MessagingTests." + name,
            EnvironmentName = "Testing",
            ContentRootPath = Directory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = BrokerUri,
            ["Messaging:ServiceName"] = name,
            ["Messaging:EntityPrefix"] = EntityPrefix,
            ["Messaging:OutboxPollInterval"] = "00:00:00.200",
            ["Messaging:RetryLimit"] = RetryLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:RetryMinInterval"] = "00:00:00.050",
            ["Messaging:RetryMaxInterval"] = "00:00:00.200",
            ["Messaging:RetryIntervalDelta"] = "00:00:00.050",
            // No connection string for the database: a SQLite file under this folder, as in a local run.
            ["Database:DataDirectory"] = dataDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new TestOutputLoggerProvider(_output, name));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("ClinicalProject", LogLevel.Information);

        builder.Services.AddSingleton(Probe);
        builder.AddServiceDatabase<HostApplicationBuilder, TestDbContext>(DatabaseName);
        builder.AddMessaging<HostApplicationBuilder, TestDbContext>(bus =>
        {
            bus.AddConsumeObserver<DeliveryObserver>();
            consumers?.Invoke(bus);
        });

        var host = builder.Build();
        var service = new TestService(name, host);
        _services.Add(service);
        await ServiceDatabaseExtensions.MigrateAsync<TestDbContext>(host.Services, CancellationToken.None);
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _services.Count - 1; i >= 0; i--)
        {
            await _services[i].DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is a temporary folder.
        }
    }
}

/// <summary>A service host built by a <see cref="TestBed"/>.</summary>
public sealed class TestService(string name, IHost host) : IAsyncDisposable
{
    private bool _started;
    private bool _disposed;

    public string Name { get; } = name;

    public IHost Host { get; } = host;

    public IServiceProvider Services => Host.Services;

    /// <summary>Starts the host and waits until the bus and its receive endpoints are ready.</summary>
    public async Task StartAsync()
    {
        _started = true;
        await Host.StartAsync();
        var bus = Services.GetRequiredService<IBusControl>();
        await Eventually.HappensAsync(
            () => bus.CheckHealth().Status == BusHealthStatus.Healthy, $"the bus of {Name} is healthy");
    }

    public async Task StopAsync()
    {
        if (_started)
        {
            _started = false;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await Host.StopAsync(timeout.Token);
        }
    }

    /// <summary>Runs <paramref name="action"/> with a fresh scope's database context.</summary>
    public async Task<T> WithDbAsync<T>(Func<TestDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task WithDbAsync(Func<TestDbContext, Task> action) =>
        WithDbAsync(async db =>
        {
            await action(db);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await StopAsync();
        if (Host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            Host.Dispose();
        }
    }
}
