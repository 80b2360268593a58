using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Hsds;

public sealed class HsdsRoundTripTests(InventoryApiFactory source) : IClassFixture<InventoryApiFactory>
{
    [Theory]
    [InlineData("/hsds/export.json", "application/json")]
    [InlineData("/hsds/export.zip", "application/zip")]
    public async Task An_export_imported_elsewhere_gives_back_every_resource_and_the_same_export(string exportRoute, string mediaType)
    {
        var client = await source.CreateSeededClientAsync();
        var ids = await RichInventory.CreateAsync(client);
        var exported = await client.GetByteArrayAsync(exportRoute);

        await using var target = new InventoryApiFactory();
        var other = await target.CreateSeededClientAsync();
        var imported = await other.PostAsync("/hsds/import", Content(exported, mediaType));

        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        foreach (var (route, id) in ids.All)
        {
            var original = (await client.GetJsonAsync($"{route}/{id}"))["data"];
            var copy = (await other.GetJsonAsync($"{route}/{id}"))["data"];
            Assert.True(JsonNode.DeepEquals(original, copy), $"{route}/{id} differs:\n{original}\n{copy}");
        }

        // The copy exports exactly what the original exported (the source also holds other tests' data, so the
        // comparison is of the target's export with a second import of it).
        var copyExport = await other.GetByteArrayAsync(exportRoute);
        var again = await other.PostAsync("/hsds/import", Content(copyExport, mediaType));
        var summary = await again.ReadJsonAsync();
        Assert.All(summary["kinds"]!.AsArray(), k => Assert.Equal((0, 0), (k!["created"]!.GetValue<int>(), k["updated"]!.GetValue<int>())));
        Assert.Equal(copyExport, await other.GetByteArrayAsync(exportRoute));
    }

    [Fact]
    public async Task The_export_follows_hsds_names_and_nesting()
    {
        var client = await source.CreateSeededClientAsync();
        await RichInventory.CreateAsync(client);

        var json = await client.GetJsonAsync("/hsds/export.json");

        var organization = json["organizations"]!.AsArray().First(o => o!["name"]!.GetValue<string>().StartsWith("CIUSSS de l'Estrie", StringComparison.Ordinal))!;
        var location = organization["locations"]!.AsArray().First(l => l!["name"]!.GetValue<string>() == "Hôpital de test")!;
        Assert.Equal(("physical", 45.4012345, "J1G 1B1"), (location["location_type"]!.GetValue<string>(), location["latitude"]!.GetValue<double>(), location["addresses"]![0]!["postal_code"]!.GetValue<string>()));
        Assert.Equal("11045153", organization["organization_identifiers"]![0]!["identifier"]!.GetValue<string>());
        var service = json["services"]!.AsArray().First(s => s!["name"]!.GetValue<string>().StartsWith("Santé mentale adulte", StringComparison.Ordinal))!;
        Assert.Equal((18, 64, "active"), (service["minimum_age"]!.GetValue<int>(), service["maximum_age"]!.GetValue<int>(), service["status"]!.GetValue<string>()));
        Assert.Equal(["MO", "TU", "SA"], service["schedules"]!.AsArray().Select(s => s!["byday"]!.GetValue<string>()));
        Assert.Equal(("WEEKLY", "08:30", "16:30"), (service["schedules"]![0]!["freq"]!.GetValue<string>(), service["schedules"]![0]!["opens_at"]!.GetValue<string>(), service["schedules"]![0]!["closes_at"]!.GetValue<string>()));
        var capacity = service["capacities"]!.AsArray().First(c => c!["updated"]!.GetValue<string>() == "2025-04-01T00:00:00Z")!;
        Assert.Equal((12.5m, 14m, "fte"), (capacity["available"]!.GetValue<decimal>(), capacity["maximum"]!.GetValue<decimal>(), capacity["unit"]!["identifier"]!.GetValue<string>()));
        var program = service["attributes"]!.AsArray().First(a => a!["taxonomy_term"]!["code"]!.GetValue<string>() == "service-program")!;
        Assert.Equal("8", program["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_tabular_package_has_the_hsds_files_and_a_datapackage_descriptor()
    {
        var client = await source.CreateSeededClientAsync();
        await RichInventory.CreateAsync(client);

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await client.GetByteArrayAsync("/hsds/export.zip")));

        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var file in new[] { "organization.csv", "service.csv", "location.csv", "service_at_location.csv", "schedule.csv", "phone.csv", "address.csv", "language.csv", "service_capacity.csv", "units.csv", "attribute.csv", "datapackage.json" })
        {
            Assert.Contains(file, names);
        }

        using var reader = new StreamReader(zip.GetEntry("service_capacity.csv")!.Open());
        Assert.Equal("id,service_id,unit_id,available,maximum,description,updated", await reader.ReadLineAsync());
    }

    private static ByteArrayContent Content(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
