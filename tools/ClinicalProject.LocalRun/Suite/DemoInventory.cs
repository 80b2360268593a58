using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClinicalProject.LocalRun.Suite;

/// <summary>
/// Loads the synthetic Estrie inventory (<see cref="File"/>) through the inventory's API, item by item in file
/// order; a string "@key" in an item stands for the id the API gave the earlier item with that key. A re-run
/// finds the demo's integrated centre already there and loads nothing.
/// </summary>
public static class DemoInventory
{
    public const string File = "services/ResourceInventory/ClinicalProject.ResourceInventory/DemoData/estrie-inventory.json";
    public const string Author = "demo-loader";

    /// <summary>Loads the demo through <paramref name="http"/>, whose base address ends at the inventory's root (<c>…/api/inventory/</c>).</summary>
    /// <returns>How many items were created (0 when the demo was already there).</returns>
    public static async Task<int> LoadAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        var document = JsonNode.Parse(await System.IO.File.ReadAllTextAsync(path, cancellationToken))!;
        var items = document["items"]!.AsArray();
        var firstName = items[0]!["body"]!["name"]!.GetValue<string>();
        var existing = await http.GetFromJsonAsync<JsonObject>($"organizations?q={Uri.EscapeDataString(firstName)}&pageSize=1", cancellationToken);
        if (existing?["totalCount"]?.GetValue<int>() > 0)
        {
            return 0;
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = item!["key"]!.GetValue<string>();
            var route = item["route"]!.GetValue<string>();
            var body = Resolve(item["body"]!.DeepClone(), ids)!;
            using var request = new HttpRequestMessage(HttpMethod.Post, route)
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Loading demo item '{key}' into /{route} answered {(int)response.StatusCode}: {text}");
            }

            ids[key] = JsonNode.Parse(text)!["id"]!.GetValue<string>();
        }

        return ids.Count;
    }

    private static JsonNode? Resolve(JsonNode? node, Dictionary<string, string> ids)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var property in json.ToList())
                {
                    json[property.Key] = Resolve(property.Value?.DeepClone(), ids);
                }

                return json;
            case JsonArray array:
                return new JsonArray([.. array.Select(element => Resolve(element?.DeepClone(), ids))]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is ['@', .. var key]:
                return ids.TryGetValue(key, out var id) ? JsonValue.Create(id) : throw new InvalidOperationException($"Demo item refers to '@{key}' before it is created.");
            default:
                return node;
        }
    }
}
