using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// What an import would take away from a resource it updates: a field that had a value and would have none, or a
/// list (phones, schedules, languages…) that would have fewer items. A package that lacks a table, or a row that
/// lost a value, reads exactly so; the import refuses it unless removals are asked for (<c>allowRemovals=true</c>).
/// Values that change are not removals.
/// </summary>
public static class HsdsRemovals
{
    public const string Rule = "removes-data";

    public static IEnumerable<(string Field, string Was)> Find<TBody>(TBody before, TBody after) where TBody : class =>
        Find(Serialize(before), Serialize(after), "");

    private static IEnumerable<(string Field, string Was)> Find(JsonNode? before, JsonNode? after, string path)
    {
        switch (before)
        {
            case null:
                yield break;
            case JsonObject old when after is JsonObject now:
                foreach (var (name, value) in old)
                {
                    foreach (var removal in Find(value, now[name], path.Length == 0 ? name : $"{path}.{name}"))
                    {
                        yield return removal;
                    }
                }

                yield break;
            case JsonArray old when after is JsonArray now:
                if (now.Count < old.Count)
                {
                    yield return (path, $"{old.Count} item{(old.Count == 1 ? "" : "s")}, {now.Count} after the import");
                }

                yield break;
            case JsonArray { Count: 0 }:
                yield break;
            default:
                if (after is null)
                {
                    yield return (path, before.GetValueKind() == JsonValueKind.String ? before.GetValue<string>() : before.ToJsonString());
                }

                yield break;
        }
    }

    private static JsonNode? Serialize<TBody>(TBody body) => JsonSerializer.SerializeToNode(body, InventoryJson.Options);
}
