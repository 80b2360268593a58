using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// The Frictionless <c>datapackage.json</c> of a tabular package: which files the package holds and the fields of
/// each, so that a table missing from the archive, or a header that is not the declared one, refuses the import
/// instead of reading as an empty table or an absent column. A package without a descriptor declares nothing.
/// </summary>
public static class HsdsDescriptor
{
    /// <summary>File name → declared field names (empty when the resource declares no schema); null without a descriptor or when it is unreadable (then an error is added).</summary>
    public static async Task<Dictionary<string, IReadOnlyList<string>>?> ReadAsync(
        ZipArchiveEntry? entry, List<ImportError> errors, CancellationToken cancellationToken)
    {
        if (entry is null)
        {
            return null;
        }

        const string file = HsdsCsvPackage.DescriptorFile;
        try
        {
            using var stream = new MemoryStream(await HsdsCsvPackage.ReadEntryAsync(entry, cancellationToken), writable: false);
            if (await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) is not JsonObject { } root
                || root["resources"] is not JsonArray resources)
            {
                errors.Add(HsdsErrors.At(file, 0, "resources", null, "invalid-descriptor", $"{file} must be an object with a resources array."));
                return null;
            }

            var declared = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < resources.Count; i++)
            {
                if (resources[i] is not JsonObject resource || resource["path"] is not JsonValue path || path.GetValueKind() != JsonValueKind.String)
                {
                    errors.Add(HsdsErrors.At(file, i + 1, "path", null, "invalid-descriptor", $"resources[{i}] must be an object with a path."));
                    continue;
                }

                var fields = new List<string>();
                if (resource["schema"]?["fields"] is JsonArray declaredFields)
                {
                    foreach (var field in declaredFields)
                    {
                        if (field?["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String)
                        {
                            fields.Add(name.GetValue<string>());
                        }
                        else
                        {
                            errors.Add(HsdsErrors.At(file, i + 1, "schema.fields", null, "invalid-descriptor", $"Every field of resources[{i}] needs a name."));
                        }
                    }
                }

                declared[Path.GetFileName(path.GetValue<string>())] = fields;
            }

            return declared;
        }
        catch (JsonException exception)
        {
            errors.Add(HsdsErrors.At(file, 0, null, null, "invalid-descriptor", $"{file} is not valid JSON: {exception.Message}"));
        }
        catch (Exception exception) when (HsdsCsvPackage.IsDamage(exception))
        {
            errors.Add(HsdsErrors.At(file, 0, null, null, "invalid-zip", $"{file} cannot be extracted from the ZIP archive: {exception.Message}"));
        }

        return null;
    }
}
