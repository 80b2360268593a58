using System.Net;
using System.Text.Json.Nodes;
using ClinicalProject.Gateway.OpenApi;
using ClinicalProject.Gateway.Tests.Infrastructure;

namespace ClinicalProject.Gateway.Tests;

/// <summary>The aggregated OpenAPI document and the API reference page.</summary>
public sealed class OpenApiTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_gateway_serves_one_document_with_every_services_paths_under_their_public_prefix()
    {
        using var client = fixture.Host.Client(role: null);
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).Order().ToArray();

        Assert.Equal(
            ["/api/v1/gaps/territories", "/api/v1/impact/territories", "/api/v1/inventory/territories", "/api/v1/profiling/territories"],
            paths); // the stand-in's /health is internal and left out
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
        Assert.Equal("Profiling: Territories", document["paths"]!["/api/v1/profiling/territories"]!["get"]!["tags"]![0]!.GetValue<string>());
        Assert.Null(document["x-unavailable-services"]);
    }

    [Fact]
    public async Task The_api_reference_page_is_served()
    {
        using var client = fixture.Host.Client(role: null);
        using var response = await client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var script = await client.GetAsync("/scalar/scalar.js"); // served by the gateway itself, no CDN
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public void Components_that_clash_are_renamed_with_their_references_and_identical_ones_are_shared()
    {
        var profiling = Document("""{"type":"object","properties":{"code":{"type":"string"}}}""");
        var inventory = Document("""{"type":"object","properties":{"siteCount":{"type":"integer"}}}""");
        var gaps = Document("""{"type":"object","properties":{"code":{"type":"string"}}}""");

        var merged = OpenApiMerger.Merge(
            [("profiling", "/api/v1/profiling", profiling), ("inventory", "/api/v1/inventory", inventory), ("gaps", "/api/v1/gaps", gaps)],
            ["impact"]);

        var schemas = merged["components"]!["schemas"]!.AsObject();
        Assert.Equal(["InventoryPage", "Page"], schemas.Select(s => s.Key).Order().ToArray());
        Assert.Equal("#/components/schemas/InventoryPage", Ref(merged, "/api/v1/inventory/items"));
        Assert.Equal("#/components/schemas/Page", Ref(merged, "/api/v1/profiling/items"));
        Assert.Equal("#/components/schemas/Page", Ref(merged, "/api/v1/gaps/items"));
        Assert.Equal("impact", merged["x-unavailable-services"]![0]!.GetValue<string>());
        // The inputs are left as they were.
        Assert.Equal("#/components/schemas/Page", inventory["paths"]!["/items"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void Operation_ids_get_their_services_name_so_they_stay_unique()
    {
        JsonObject WithOperationId(string id)
        {
            var document = Document("""{"type":"object"}""");
            document["paths"]!["/items"]!["get"]!["operationId"] = id;
            return document;
        }

        var merged = OpenApiMerger.Merge(
            [("profiling", "/api/v1/profiling", WithOperationId("getItems")), ("inventory", "/api/v1/inventory", WithOperationId("getItems"))], []);

        Assert.Equal("profilingGetItems", merged["paths"]!["/api/v1/profiling/items"]!["get"]!["operationId"]!.GetValue<string>());
        Assert.Equal("inventoryGetItems", merged["paths"]!["/api/v1/inventory/items"]!["get"]!["operationId"]!.GetValue<string>());
    }

    private static string Ref(JsonObject merged, string path) =>
        merged["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();

    private static JsonObject Document(string pageSchema)
    {
        const string Reference = """{"$ref":"#/components/schemas/Page"}""";
        var response = new JsonObject
        {
            ["description"] = "OK",
            ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = JsonNode.Parse(Reference) } },
        };
        return new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject { ["title"] = "x", ["version"] = "1" },
            ["paths"] = new JsonObject { ["/items"] = new JsonObject { ["get"] = new JsonObject { ["responses"] = new JsonObject { ["200"] = response } } } },
            ["components"] = new JsonObject { ["schemas"] = new JsonObject { ["Page"] = JsonNode.Parse(pageSchema) } },
        };
    }
}
