using System.Text.Json;
using ClinicalProject.LocalRun.Suite;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>
/// The inventory slice: the demo territories, then the synthetic Estrie inventory loaded through the gateway as
/// the run command loads it, searched by territory and program, and exported as HSDS and FHIR through the gateway.
/// </summary>
[Collection(DemoSuiteCollection.Name)]
public sealed class InventorySliceTests(DemoSuiteFixture fixture)
{
    [Fact]
    public async Task The_demo_inventory_loads_through_the_gateway_and_is_searched_and_exported_there()
    {
        await DemoData.LoadTerritoriesAsync(
            fixture.Suite.GatewayAddress, fixture.Suite.TokenFor(ClinicalRoles.Admin), fixture.RepositoryRoot, TextWriter.Null, CancellationToken.None);
        await DemoData.LoadInventoryAsync(
            fixture.Suite.GatewayAddress, fixture.Suite.TokenFor(DemoInventory.Author, ClinicalRoles.Planner), fixture.RepositoryRoot,
            TextWriter.Null, CancellationToken.None);

        // Home support in the Granit (RLS 0519): the demo's CLSC Lac-Mégantic offers it; its site was placed in the
        // territory by the inventory from the territories it received over the broker.
        using var services = JsonDocument.Parse(await fixture.Gateway.GetStringAsync("api/inventory/services?program=3&territory=0519"));
        var names = services.RootElement.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("data").GetProperty("name").GetString()).ToList();
        Assert.Contains(names, n => n!.Contains("Lac-Mégantic", StringComparison.Ordinal));

        using var fhir = await fixture.Gateway.GetAsync("api/inventory/fhir/Bundle");
        using var bundle = JsonDocument.Parse(await fhir.Content.ReadAsStringAsync());
        Assert.Equal("Bundle", bundle.RootElement.GetProperty("resourceType").GetString());
        Assert.Contains(bundle.RootElement.GetProperty("entry").EnumerateArray(), e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "OrganizationAffiliation");

        using var hsds = await fixture.Gateway.GetAsync("api/inventory/hsds/export.zip");
        Assert.Equal("application/zip", hsds.Content.Headers.ContentType?.MediaType);
    }
}
