using System.Text.Json;

namespace ClinicalProject.ImpactFollowUp.Common;

/// <summary>Reads a JSON body, turning a value of the wrong shape into a field error rather than a bare 400.</summary>
public static class JsonBody
{
    public static async Task<(TBody? Body, FieldErrors Errors)> ReadAsync<TBody>(HttpRequest request, CancellationToken cancellationToken)
        where TBody : class
    {
        var errors = new FieldErrors();
        if (!request.HasJsonContentType())
        {
            errors.Add("body", "Send the body as application/json.");
            return (null, errors);
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync<TBody>(request.Body, ImpactJson.Options, cancellationToken);
            if (body is null)
            {
                errors.Add("body", "The body is empty.");
            }

            return (body, errors);
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body"
                : exception.Path.StartsWith("$.", StringComparison.Ordinal) ? exception.Path[2..] : exception.Path.TrimStart('$');
            errors.Add(field, $"{field}: this value cannot be read ({exception.Message.Split(" Path:")[0]})");
            return (null, errors);
        }
    }
}
