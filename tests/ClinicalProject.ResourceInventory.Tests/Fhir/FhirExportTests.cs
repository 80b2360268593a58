using System.Text.Json.Nodes;
using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.Corridors;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Fhir;

public sealed class FhirExportTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task The_bundle_is_valid_against_the_fhir_r4_json_schema()
    {
        var bundle = await ExportRichBundleAsync();
        var schema = await FhirSchema.GetAsync();

        var errors = schema.Validate(bundle.ToJsonString());

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task The_schema_check_catches_an_invalid_bundle()
    {
        var bundle = await ExportRichBundleAsync();
        var location = bundle["entry"]!.AsArray().Select(e => e!["resource"]!).First(r => r["resourceType"]!.GetValue<string>() == "Location" && r["position"] is not null);
        location["position"]!["latitude"] = "north";
        location["status"] = "open";
        var schema = await FhirSchema.GetAsync();

        var errors = schema.Validate(bundle.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Every_kind_is_in_the_bundle_with_its_references_resolved_inside_it()
    {
        var bundle = await ExportRichBundleAsync();

        var entries = bundle["entry"]!.AsArray().Select(e => (Url: e!["fullUrl"]!.GetValue<string>(), Resource: e["resource"]!)).ToList();
        var kinds = entries.Select(e => e.Resource["resourceType"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "Organization", "Location", "HealthcareService", "OrganizationAffiliation" }, kinds);
        var urls = entries.Select(e => e.Url).ToHashSet();
        var references = entries.SelectMany(e => References(e.Resource)).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r, urls));
        var corridor = entries.Select(e => e.Resource).First(r => r["resourceType"]!.GetValue<string>() == "OrganizationAffiliation"
            && r["code"]!.AsArray().Any(c => c!["coding"]![0]!["code"]!.GetValue<string>() == "service-corridor"));
        Assert.Equal(["service-corridor", "8", "second-line"], corridor["code"]!.AsArray().Select(c => c!["coding"]![0]!["code"]!.GetValue<string>()));
        var service = entries.Select(e => e.Resource).First(r => r["resourceType"]!.GetValue<string>() == "HealthcareService" && r["name"]!.GetValue<string>().StartsWith("Santé mentale adulte", StringComparison.Ordinal));
        Assert.Equal(["mon", "tue", "sat"], service["availableTime"]!.AsArray().Select(t => t!["daysOfWeek"]![0]!.GetValue<string>()));
        Assert.Equal("08:30:00", service["availableTime"]![0]!["availableStartTime"]!.GetValue<string>());
    }

    private async Task<JsonNode> ExportRichBundleAsync()
    {
        var client = await factory.CreateSeededClientAsync();
        var ids = await RichInventory.CreateAsync(client);
        var organizations = ids.All.Where(i => i.Route == "/organizations").Select(i => i.Id).ToList();
        var agreement = await client.CreateAsync("/agreements", Samples.Agreement(organizations[0], organizations[1]));
        await client.CreateAsync("/corridors", new ServiceCorridorBody("Corridor santé mentale", 8, ContinuumLevel.SecondLine, organizations[1], organizations[0], agreement));
        var response = await client.GetAsync("/fhir/Bundle");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return await response.ReadJsonAsync();
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "reference" && p.Value is JsonValue v ? [v.GetValue<string>()] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };
}
