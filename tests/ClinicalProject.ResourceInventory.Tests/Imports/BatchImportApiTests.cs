using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Imports;

/// <summary>POST /imports: many resources in one all-or-nothing change, "@key" references, recognised by content.</summary>
public sealed class BatchImportApiTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task A_batch_creates_every_item_resolving_references_and_announces_them()
    {
        var client = await factory.CreateSeededClientAsync();
        var name = "Batch " + Guid.NewGuid().ToString("N")[..8];

        var response = await client.PostAsync("/imports", Batch(name));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var summary = await response.ReadJsonAsync();
        Assert.Equal(3, summary["itemCount"]!.GetValue<int>());
        Assert.False(summary["alreadyImported"]!.GetValue<bool>());
        var ids = summary["ids"]!.AsObject();
        var org = ids["org"]!.GetValue<Guid>();
        var site = await client.GetJsonAsync($"/sites/{ids["site"]!.GetValue<Guid>()}");
        Assert.Equal(org, site["data"]!["organizationId"]!.GetValue<Guid>());
        var service = await client.GetJsonAsync($"/services/{ids["service"]!.GetValue<Guid>()}");
        Assert.Equal(ids["site"]!.GetValue<Guid>(), service["data"]!["siteIds"]![0]!.GetValue<Guid>());
        Assert.True(await factory.WasAnnouncedAsync("organization", org, 1, "created"));
        Assert.True(await factory.WasAnnouncedAsync("site", ids["site"]!.GetValue<Guid>(), 1, "created"));
        Assert.Equal(new Uri($"/imports/{summary["id"]}", UriKind.Relative), response.Headers.Location);
    }

    [Fact]
    public async Task The_same_content_again_is_recognised_and_stores_nothing_new()
    {
        var client = await factory.CreateSeededClientAsync();
        var name = "Again " + Guid.NewGuid().ToString("N")[..8];
        var first = await (await client.PostAsync("/imports", Batch(name))).ReadJsonAsync();

        // The same items, written with other whitespace and a note the import ignores.
        var reformatted = JsonNode.Parse(JsonSerializer.Serialize(Batch(name), InventoryJson.Options))!.AsObject();
        reformatted["notice"] = "the same demo";
        var again = await client.PostAsync("/imports", new StringContent(reformatted.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var summary = await again.ReadJsonAsync();
        Assert.True(summary["alreadyImported"]!.GetValue<bool>());
        Assert.Equal(first["id"]!.GetValue<Guid>(), summary["id"]!.GetValue<Guid>());
        Assert.Equal(1, (await client.GetJsonAsync($"/organizations?q={Uri.EscapeDataString(name)}"))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_invalid_item_refuses_the_whole_batch_naming_the_item_and_the_field()
    {
        var client = await factory.CreateSeededClientAsync();
        var name = "Refused " + Guid.NewGuid().ToString("N")[..8];
        var batch = Batch(name);
        batch["items"]![1]!["body"]!["latitude"] = 123.0; // beyond ±90

        var response = await client.PostAsync("/imports", batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("urn:clinicalproject:problem:invalid-import", problem["type"]!.GetValue<string>());
        Assert.Contains("Item 1 ('site', sites)", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["items[1].body.latitude"], await response.ErrorFieldsAsync());
        // Item 0 passed its rules and was saved inside the import's transaction: it is gone with the rest.
        Assert.Equal(0, (await client.GetJsonAsync($"/organizations?q={Uri.EscapeDataString(name)}"))["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("unknown-key", "items[1].body.organizationId")]
    [InlineData("duplicate-key", "items[1].key")]
    [InlineData("unknown-route", "items[2].route")]
    [InlineData("no-items", "items")]
    public async Task A_malformed_batch_is_refused_before_anything_is_tried(string defect, string field)
    {
        var client = await factory.CreateSeededClientAsync();
        var name = "Malformed " + Guid.NewGuid().ToString("N")[..8];
        var batch = Batch(name);
        switch (defect)
        {
            case "unknown-key": batch["items"]![1]!["body"]!["organizationId"] = "@nobody"; break;
            case "duplicate-key": batch["items"]![1]!["key"] = "org"; break;
            case "unknown-route": batch["items"]![2]!["route"] = "hospitals"; break;
            case "no-items": batch["items"] = new JsonArray(); break;
        }

        var response = await client.PostAsync("/imports", batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ErrorFieldsAsync());
        Assert.Equal(0, (await client.GetJsonAsync($"/organizations?q={Uri.EscapeDataString(name)}"))["totalCount"]!.GetValue<int>());
    }

    /// <summary>An organisation, one of its sites, and a service at that site, tied by "@key" references.</summary>
    private static JsonObject Batch(string name)
    {
        var organization = JsonSerializer.SerializeToNode(Samples.Organization(name), InventoryJson.Options)!.AsObject();
        var site = JsonSerializer.SerializeToNode(Samples.Site(Guid.Empty, name + " site"), InventoryJson.Options)!.AsObject();
        site["organizationId"] = "@org";
        var service = JsonSerializer.SerializeToNode(Samples.Service(Guid.Empty, Guid.Empty, name + " service"), InventoryJson.Options)!.AsObject();
        service["organizationId"] = "@org";
        service["siteIds"] = new JsonArray("@site");
        return new JsonObject
        {
            ["items"] = new JsonArray(
                new JsonObject { ["key"] = "org", ["route"] = "organizations", ["body"] = organization },
                new JsonObject { ["key"] = "site", ["route"] = "sites", ["body"] = site },
                new JsonObject { ["key"] = "service", ["route"] = "services", ["body"] = service }),
        };
    }
}
