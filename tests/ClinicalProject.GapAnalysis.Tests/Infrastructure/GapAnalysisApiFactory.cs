using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.GapAnalysis.Inputs;
using ClinicalProject.GapAnalysis.Runs;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Territories.ReadModel;
using ClinicalProject.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.GapAnalysis.Tests.Infrastructure;

/// <summary>
/// Gap analysis over SQLite with the test harness for a bus and its input consumers on it, stand-ins for profiling
/// and the inventory, the <see cref="TestWorld"/> territories in its read model, 2SFCA at 60 km/h within 30 minutes,
/// and a short debounce delay. Clients are planners.
/// </summary>
public sealed class GapAnalysisApiFactory() : ServiceApiFactory<Program, GapAnalysisDbContext>("gapanalysis", ClinicalRoles.Planner)
{
    public const double DebounceSeconds = 2;
    private readonly SemaphoreSlim _seedLock = new(1, 1);
    private bool _seeded;

    public StandInSources Sources { get; } = new();

    public async Task<HttpClient> CreateSeededClientAsync()
    {
        var client = CreateClient();
        await _seedLock.WaitAsync();
        try
        {
            if (!_seeded)
            {
                await WithDbAsync(async db =>
                {
                    db.Set<TerritoryHierarchyEntry>().Add(new TerritoryHierarchyEntry
                    {
                        Version = TestWorld.Hierarchy, ContentHash = "test", TerritoryCount = TestWorld.Territories.Count,
                        ImportedAtUtc = DateTime.UtcNow, ReceivedAtUtc = DateTime.UtcNow,
                    });
                    db.Set<TerritoryEntry>().AddRange(TestWorld.Territories);
                    return await db.SaveChangesAsync();
                });
                _seeded = true;
            }
        }
        finally
        {
            _seedLock.Release();
        }

        return client;
    }

    /// <summary>A seeded client after a planner's run on the <see cref="TestWorld"/> profile: analysis 1 is stored.</summary>
    public async Task<HttpClient> CreateClientWithAnalysisAsync()
    {
        var client = await CreateSeededClientAsync();
        Sources.ServeProfile(TestWorld.Profile());
        using var run = await client.PostAsync("/analyses", null);
        Assert.Equal(System.Net.HttpStatusCode.Created, run.StatusCode);
        return client;
    }

    protected override void ConfigureBus(IBusRegistrationConfigurator bus)
    {
        bus.AddTerritoryReadModelConsumer<GapAnalysisDbContext>();
        bus.AddConsumer<PopulationProfileComputedConsumer>();
        bus.AddConsumer<ResourceInventoryChangedConsumer>();
    }

    /// <summary>EF interceptors the service's database gets (add them before the first client is created).</summary>
    public List<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GapAnalysis:DebounceDelay", TimeSpan.FromSeconds(DebounceSeconds).ToString());
        builder.UseSetting("GapAnalysis:Method", "twoStep");
        builder.UseSetting("GapAnalysis:SpeedKmPerHour", "60");
        builder.UseSetting("GapAnalysis:CatchmentMinutes", "30");
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient<ProfilingSourceClient>().ConfigurePrimaryHttpMessageHandler(() => Sources);
            services.AddHttpClient<InventorySourceClient>().ConfigurePrimaryHttpMessageHandler(() => Sources);
            foreach (var interceptor in Interceptors)
            {
                services.AddSingleton(interceptor);
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _seedLock.Dispose();
    }
}
