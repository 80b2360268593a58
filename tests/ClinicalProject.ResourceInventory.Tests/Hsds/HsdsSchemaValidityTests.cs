using System.Text;
using ClinicalProject.ResourceInventory.Tests.DemoData;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ClinicalProject.ResourceInventory.Tests.Hsds;

/// <summary>
/// Issue 14, defect 11: checked against Open Referral's compiled schemas, 3 of the demo's organizations lacked the
/// required description. Every organization and service of the export of the demo inventory and of the rich
/// inventory (every field HSDS carries) is valid HSDS 3.0.
/// </summary>
public sealed class HsdsSchemaValidityTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task Every_exported_organization_and_service_is_valid_against_the_hsds_3_0_schemas()
    {
        var client = await factory.CreateSeededClientAsync("demo", DemoInventoryTests.DemoTerritories());
        var demo = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "DemoData", "estrie-inventory.json"));
        var loaded = await client.PostAsync("/imports", new StringContent(demo, Encoding.UTF8, "application/json"));
        Assert.True(loaded.IsSuccessStatusCode, await loaded.Content.ReadAsStringAsync());
        await RichInventory.CreateAsync(client);

        var export = await client.GetJsonAsync("/hsds/export.json");

        var organizations = export["organizations"]!.AsArray();
        var services = export["services"]!.AsArray();
        Assert.True(organizations.Count >= 37 && services.Count >= 78, $"{organizations.Count} organizations, {services.Count} services");
        var problems = new List<string>();
        foreach (var (schema, items) in new[] { (await HsdsJsonSchemas.OrganizationAsync(), organizations), (await HsdsJsonSchemas.ServiceAsync(), services) })
        {
            foreach (var item in items)
            {
                problems.AddRange(schema.Validate(item!.ToJsonString()).Select(e => $"{item["name"]}: {e.Path} {e.Kind}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public async Task The_schemas_catch_a_missing_description()
    {
        var schema = await HsdsJsonSchemas.OrganizationAsync();

        var errors = schema.Validate("""{"id":"0196a1f0-0000-7000-8000-000000000001","name":"Sans description"}""");

        Assert.Equal([("#/description", ValidationErrorKind.PropertyRequired)], errors.Select(e => (e.Path, e.Kind)));
    }
}
