using ClinicalProject.Contracts;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using ClinicalProject.Territories.ReadModel;
using ClinicalProject.Territories.ReadModel.Queries;
using static ClinicalProject.ResourceInventory.Tests.Territories.SiteTerritoryRefreshTests;

namespace ClinicalProject.ResourceInventory.Tests.Territories;

/// <summary>
/// Issue 14, defect 12: a newer hierarchy without DA centroids became the latest and emptied every site's
/// territories (a new version of each site). Sites stay placed in the latest hierarchy that can place them.
/// </summary>
public sealed class HierarchyWithoutCentroidsTests(SiteTerritoryRefreshTests.Factory factory) : IClassFixture<SiteTerritoryRefreshTests.Factory>
{
    private const string Placed = "T-DA-1";

    [Fact]
    public async Task A_newer_hierarchy_without_centroids_leaves_every_site_where_it_was()
    {
        var client = await factory.CreateSeededClientAsync();
        var organization = await client.CreateAsync("/organizations", Samples.Organization());
        var site = await client.CreateAsync("/sites", Samples.Site(organization));
        var before = await TerritoriesAsync(client, site);
        Assert.Equal(Placed, before[0]);

        const string version = "test-boundaries-only";
        List<TerritorySummary> territories = [.. TestTerritories.All.Select(t => new TerritorySummary(t.Code, t.Level, t.ParentCode, t.NameFr, t.NameEn, null, null))];
        factory.Source.Serve(new PublishedHierarchyDto(version, "hash-boundaries", territories));
        await factory.Harness.Bus.Publish(new TerritoryHierarchyImported(version, territories.Count, "hash-boundaries", DateTimeOffset.UtcNow.AddMinutes(1)));
        Assert.True(await WaitForAsync(async () => (await client.GetJsonAsync("/territories/hierarchies")).AsArray().Any(h => h!["version"]!.GetValue<string>() == version)));

        var after = await client.GetJsonAsync($"/sites/{site}");
        Assert.Equal(1, after["version"]!.GetValue<int>());
        Assert.Equal(before, await TerritoriesAsync(client, site));
        var created = await client.CreateAsync("/sites", Samples.Site(organization));
        Assert.Equal(before, await TerritoriesAsync(client, created));
    }
}
