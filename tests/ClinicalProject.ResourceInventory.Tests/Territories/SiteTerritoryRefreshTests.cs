using System.Net;
using System.Net.Http.Json;
using ClinicalProject.Contracts;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Sites;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Territories.ReadModel;
using ClinicalProject.Territories.ReadModel.Queries;
using ClinicalProject.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.ResourceInventory.Tests.Territories;

/// <summary>
/// A newer hierarchy arriving through <c>TerritoryHierarchyImported</c> (the real consumer on the test bus,
/// its claim-check fetch answered by a stand-in for population profiling) places every site in it again.
/// </summary>
public sealed class SiteTerritoryRefreshTests(SiteTerritoryRefreshTests.Factory factory) : IClassFixture<SiteTerritoryRefreshTests.Factory>
{
    private const string NewVersion = "test-2022";

    [Fact]
    public async Task A_newer_hierarchy_moves_sites_to_their_new_territories_with_a_new_version_and_an_audit_entry()
    {
        var client = await factory.CreateSeededClientAsync();
        var organization = await client.CreateAsync("/organizations", Samples.Organization());
        var site = await client.CreateAsync("/sites", Samples.Site(organization));
        Assert.Equal(["T-DA-1", "05151", "0515", "051", "05", "99"], await TerritoriesAsync(client, site));

        // 2022: DA T-DA-1 becomes T-DA-9, in a new CLSC 05152 of the same RLS, at the same place.
        var renamed = TestTerritories.All
            .Select(t => t.Code == "T-DA-1" ? Dto(t, "T-DA-9", "05152") : Dto(t, t.Code, t.ParentCode))
            .Append(new TerritorySummary("05152", "clsc", "0515", "CLSC nouveau", null, null, null))
            .ToList();
        factory.Source.Serve(new PublishedHierarchyDto(NewVersion, "hash-2022", renamed));
        await factory.Harness.Bus.Publish(new TerritoryHierarchyImported(NewVersion, renamed.Count, "hash-2022", DateTimeOffset.UtcNow.AddMinutes(1)));

        var moved = await WaitForAsync(async () => (await TerritoriesAsync(client, site)).Contains("T-DA-9"));
        Assert.True(moved, "the site was not placed in the new hierarchy");
        Assert.Equal(["T-DA-9", "05152", "0515", "051", "05", "99"], await TerritoriesAsync(client, site));
        var history = (await client.GetJsonAsync($"/sites/{site}/history")).AsArray();
        var last = history[^1]!;
        Assert.Equal((2, "updated", $"{SiteTerritoryRefresh.Author}:{NewVersion}"),
            (last["version"]!.GetValue<int>(), last["action"]!.GetValue<string>(), last["changedBy"]!.GetValue<string>()));
        Assert.Equal(["territories"], last["changes"]!.AsObject().Select(c => c.Key));
        Assert.True(await factory.Harness.WasAnnouncedAsync(SiteDefinition.KindName, site, 2, "updated"));

        // An older version arriving late is stored in the read model but moves no site.
        factory.Source.Serve(new PublishedHierarchyDto("test-2019", "hash-2019", [.. TestTerritories.All.Select(t => Dto(t, t.Code, t.ParentCode))]));
        await factory.Harness.Bus.Publish(new TerritoryHierarchyImported("test-2019", TestTerritories.All.Count, "hash-2019", DateTimeOffset.UtcNow.AddYears(-3)));
        Assert.True(await WaitForAsync(async () => (await client.GetAsync("/territories/hierarchies/test-2019")).StatusCode == HttpStatusCode.OK
            || (await client.GetJsonAsync("/territories/hierarchies")).AsArray().Any(h => h!["version"]!.GetValue<string>() == "test-2019")));
        var after = await client.GetJsonAsync($"/sites/{site}");
        Assert.Equal(2, after["version"]!.GetValue<int>());
        Assert.Contains("T-DA-9", await TerritoriesAsync(client, site));
    }

    private static TerritorySummary Dto(TerritoryEntry t, string code, string? parent) =>
        new(code, t.Level, parent, t.NameFr, t.NameEn, t.CentroidLatitude, t.CentroidLongitude);

    internal static async Task<string[]> TerritoriesAsync(HttpClient client, Guid site) =>
        (await client.GetJsonAsync($"/sites/{site}"))["data"]!["territories"]!.AsArray().Select(t => t!.GetValue<string>()).ToArray();

    internal static Task<bool> WaitForAsync(Func<Task<bool>> condition) => Polling.UntilAsync(condition);

    /// <summary>The inventory with the territory consumer on the test bus and a stand-in hierarchy source.</summary>
    public sealed class Factory() : ServiceApiFactory<Program, InventoryDbContext>("inventory-refresh", ClinicalRoles.Planner)
    {
        public StubSource Source { get; } = new();

        public async Task<HttpClient> CreateSeededClientAsync()
        {
            await WithDbAsync(db => TestTerritories.SeedAsync(db, TestTerritories.Version, TestTerritories.All));
            return CreateClient();
        }

        protected override void ConfigureBus(IBusRegistrationConfigurator bus) => bus.AddTerritoryReadModelConsumer<InventoryDbContext>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.AddHttpClient<TerritorySourceClient>().ConfigurePrimaryHttpMessageHandler(() => Source));
        }
    }

    /// <summary>Answers <c>GET territories/hierarchies/{version}</c> with the hierarchy the test serves.</summary>
    public sealed class StubSource : HttpMessageHandler
    {
        private readonly Dictionary<string, PublishedHierarchyDto> _served = new(StringComparer.Ordinal);

        public void Serve(PublishedHierarchyDto hierarchy)
        {
            lock (_served)
            {
                _served[hierarchy.Version] = hierarchy;
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var version = Uri.UnescapeDataString(request.RequestUri!.Segments[^1]);
            lock (_served)
            {
                return Task.FromResult(_served.TryGetValue(version, out var hierarchy)
                    ? new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(hierarchy) }
                    : new HttpResponseMessage(HttpStatusCode.NotFound));
            }
        }
    }
}
