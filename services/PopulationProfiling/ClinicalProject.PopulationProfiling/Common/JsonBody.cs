using System.Text.Json;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>
/// Reads a JSON request body itself, so a malformed body or an unknown enum value becomes a 400 problem that
/// names the property and the rule, like every other refused input, rather than the framework's bare 400.
/// </summary>
public static class JsonBody
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Value, ImportError? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken);
            return value is null
                ? (null, new ImportError(0, null, null, ImportRules.InvalidJson, "The body is empty or null; send a JSON object."))
                : (value, null);
        }
        catch (JsonException exception)
        {
            var field = exception.Path is { Length: > 2 } path ? path[2..] : null;
            return (null, new ImportError(0, field, null, ImportRules.InvalidJson,
                $"The JSON cannot be read{(field is null ? string.Empty : $" at '{field}'")}: check the value's type and spelling (enumerations take their kebab-case names)."));
        }
    }
}
