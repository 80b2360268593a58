using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// HSDS's JSON objects: <c>{ "organizations": [organization…], "services": [service…] }</c>, each object with its
/// related objects nested as HSDS nests them (organization.locations[].addresses, service.schedules,
/// service.capacities[].unit, attributes[].taxonomy_term…). Foreign keys implied by the nesting are filled in
/// on import.
/// </summary>
public static class HsdsJson
{
    public const string OrganizationsProperty = "organizations";
    public const string ServicesProperty = "services";

    public static JsonObject Write(HsdsPackage package)
    {
        var index = package.TableNames.ToDictionary(t => t, t => package[t].Where(r => r["id"] is not null).ToDictionary(r => r["id"]!, StringComparer.OrdinalIgnoreCase));
        return new JsonObject
        {
            [OrganizationsProperty] = new JsonArray([.. package["organization"].Select(r => (JsonNode)WriteObject(package, index, r))]),
            [ServicesProperty] = new JsonArray([.. package["service"].Select(r => (JsonNode)WriteObject(package, index, r))]),
        };
    }

    private static JsonObject WriteObject(HsdsPackage package, Dictionary<string, Dictionary<string, HsdsRow>> index, HsdsRow row)
    {
        var table = HsdsSchema.Find(row.Table)!;
        var json = new JsonObject();
        foreach (var column in table.Columns)
        {
            if (row[column] is { } value)
            {
                json[column] = table.Numeric.Contains(column) ? JsonValue.Create(decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture)) : JsonValue.Create(value);
            }
            else if (table.Required.Contains(column))
            {
                json[column] = "";
            }
        }

        foreach (var relation in HsdsSchema.Relations.Where(r => r.Parent == row.Table))
        {
            if (relation.IsObject)
            {
                if (row[relation.ForeignKey] is { } key && index.TryGetValue(relation.Child, out var rows) && rows.TryGetValue(key, out var target))
                {
                    json[relation.Property] = WriteObject(package, index, target);
                }

                continue;
            }

            var children = package[relation.Child]
                .Where(c => string.Equals(c[relation.ForeignKey], row["id"], StringComparison.OrdinalIgnoreCase) && (relation.LinkEntity is null || c["link_entity"] == relation.LinkEntity))
                .Select(c => (JsonNode)WriteObject(package, index, c))
                .ToList();
            if (children.Count > 0)
            {
                json[relation.Property] = new JsonArray([.. children]);
            }
        }

        return json;
    }

    public static async Task<(HsdsPackage Package, List<ImportError> Errors)> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        var package = new HsdsPackage();
        var errors = new List<ImportError>();
        JsonNode? document;
        try
        {
            document = await JsonNode.ParseAsync(input, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            errors.Add(HsdsErrors.At("$", 0, null, null, "invalid-json", $"The body is not valid JSON: {exception.Message}"));
            return (package, errors);
        }

        if (document is not JsonObject root)
        {
            errors.Add(HsdsErrors.At("$", 0, null, null, "invalid-json", "Expected an object with organizations and services arrays."));
            return (package, errors);
        }

        foreach (var (property, table) in new[] { (OrganizationsProperty, "organization"), (ServicesProperty, "service") })
        {
            if (root[property] is null)
            {
                continue;
            }

            if (root[property] is not JsonArray items)
            {
                errors.Add(HsdsErrors.At($"$.{property}", 0, property, null, "invalid-json", $"{property} must be an array."));
                continue;
            }

            for (var i = 0; i < items.Count; i++)
            {
                ReadObject(package, errors, items[i], table, $"$.{property}[{i}]", i + 1, null);
            }
        }

        return (package, errors);
    }

    private static void ReadObject(HsdsPackage package, List<ImportError> errors, JsonNode? node, string table, string path, int topLevelRow, (string Column, string? Value, string? LinkEntity)? parentKey)
    {
        if (node is not JsonObject json)
        {
            errors.Add(HsdsErrors.At(path, topLevelRow, null, null, "invalid-json", $"{path} must be an object."));
            return;
        }

        var schema = HsdsSchema.Find(table)!;
        var row = package.Add(table, path, topLevelRow);
        foreach (var column in schema.Columns)
        {
            if (json[column] is JsonValue value)
            {
                row[column] = value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.Number => value.ToJsonString(),
                    JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
                    _ => null,
                };
            }
        }

        if (parentKey is { } key)
        {
            row[key.Column] ??= key.Value;
            if (key.LinkEntity is not null)
            {
                row["link_entity"] ??= key.LinkEntity;
            }
        }

        foreach (var relation in HsdsSchema.Relations.Where(r => r.Parent == table))
        {
            var child = json[relation.Property];
            if (child is null)
            {
                continue;
            }

            if (relation.IsObject)
            {
                // A referenced object (a capacity's unit, an attribute's term) is a row of its own table; the
                // parent keeps its id as the foreign key.
                ReadObject(package, errors, child, relation.Child, $"{path}.{relation.Property}", topLevelRow, null);
                row[relation.ForeignKey] ??= (child as JsonObject)?["id"]?.ToString();
                continue;
            }

            if (child is not JsonArray array)
            {
                errors.Add(HsdsErrors.At($"{path}.{relation.Property}", topLevelRow, relation.Property, null, "invalid-json", $"{relation.Property} must be an array."));
                continue;
            }

            for (var i = 0; i < array.Count; i++)
            {
                ReadObject(package, errors, array[i], relation.Child, $"{path}.{relation.Property}[{i}]", topLevelRow, (relation.ForeignKey, row["id"], relation.LinkEntity));
            }
        }
    }
}
