using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Imports;

/// <summary>Replaces every string <c>"@key"</c> in an item's body with the id an earlier item of the batch was given.</summary>
public static class BatchReferences
{
    public static (JsonObject Body, FieldErrors Errors) Resolve(JsonObject body, IReadOnlyDictionary<string, Guid> ids, string path)
    {
        var errors = new FieldErrors();
        var resolved = (JsonObject)Resolve(body.DeepClone(), ids, path, errors)!;
        return (resolved, errors);
    }

    private static JsonNode? Resolve(JsonNode? node, IReadOnlyDictionary<string, Guid> ids, string path, FieldErrors errors)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (name, value) in json.ToList())
                {
                    json[name] = Resolve(value?.DeepClone(), ids, $"{path}.{name}", errors);
                }

                return json;
            case JsonArray array:
                return new JsonArray([.. array.Select((element, i) => Resolve(element?.DeepClone(), ids, $"{path}[{i}]", errors))]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is ['@', .. var key]:
                if (ids.TryGetValue(key, out var id))
                {
                    return JsonValue.Create(id);
                }

                errors.Add(path, $"{path} refers to '@{key}', which no earlier item of the import defines.", "unknown-item-key");
                return node;
            default:
                return node;
        }
    }
}
