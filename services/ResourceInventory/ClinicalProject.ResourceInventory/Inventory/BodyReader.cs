using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// Reads a resource's JSON body, turning a value of the wrong shape (a word where a number belongs, an unknown
/// enum value) into a field error rather than a bare 400.
/// </summary>
public static class BodyReader
{
    public static async Task<(TBody? Body, FieldErrors Errors)> ReadAsync<TBody>(HttpRequest request, CancellationToken cancellationToken)
        where TBody : class
    {
        var errors = new FieldErrors();
        if (!request.HasJsonContentType())
        {
            errors.Add("body", "Send the resource as application/json.");
            return (null, errors);
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync<TBody>(request.Body, InventoryJson.Options, cancellationToken);
            if (body is null)
            {
                errors.Add("body", "The body is empty.");
            }

            return (body, errors);
        }
        catch (JsonException exception)
        {
            return (null, Unreadable(exception));
        }
    }

    /// <summary>The same for a body already parsed (an item of a batch import).</summary>
    public static (TBody? Body, FieldErrors Errors) Read<TBody>(JsonNode node)
        where TBody : class
    {
        try
        {
            var body = node.Deserialize<TBody>(InventoryJson.Options);
            var errors = new FieldErrors();
            if (body is null)
            {
                errors.Add("body", "The body is empty.");
            }

            return (body, errors);
        }
        catch (JsonException exception)
        {
            return (null, Unreadable(exception));
        }
    }

    private static FieldErrors Unreadable(JsonException exception)
    {
        var errors = new FieldErrors();
        errors.Add(FieldOf(exception.Path), $"{FieldOf(exception.Path)}: this value cannot be read ({exception.Message.Split(" Path:")[0]})");
        return errors;
    }

    /// <summary>"$.schedules[0].opensAt" → "schedules[0].opensAt".</summary>
    public static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
