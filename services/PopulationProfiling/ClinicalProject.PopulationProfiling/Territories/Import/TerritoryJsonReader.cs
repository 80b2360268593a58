using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>Reads a <see cref="TerritoryHierarchyDocument"/> (UTF-8 JSON) into rows for validation.</summary>
public static partial class TerritoryJsonReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<TerritoryFileReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        TerritoryHierarchyDocument? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync<TerritoryHierarchyDocument>(stream, Options, cancellationToken);
        }
        catch (JsonException exception)
        {
            return TerritoryFileReadResult.Failed(FromJsonException(exception));
        }

        if (document?.Territories is not { } territories)
        {
            return TerritoryFileReadResult.Failed(new ImportError(0, "territories", null, ImportRules.Required,
                "The body needs a 'territories' array."));
        }

        if (territories.Count > TerritoryCsvReader.MaxRows)
        {
            return TerritoryFileReadResult.Failed(new ImportError(0, null, null, ImportRules.TooManyRows,
                $"A hierarchy holds at most {TerritoryCsvReader.MaxRows} territories."));
        }

        var rows = new List<TerritoryInput>(territories.Count);
        var errors = new List<ImportError>();
        for (var index = 0; index < territories.Count; index++)
        {
            var row = index + 1;
            if (territories[index] is not { } t)
            {
                errors.Add(new ImportError(row, null, null, ImportRules.Required, "A territory cannot be null."));
                continue;
            }

            rows.Add(new TerritoryInput(row, t.Code, t.Level, t.ParentCode, t.NameFr, t.NameEn,
                t.CentroidLatitude?.ToString("R", CultureInfo.InvariantCulture),
                t.CentroidLongitude?.ToString("R", CultureInfo.InvariantCulture),
                t.Geometry));
        }

        return new(rows, errors);
    }

    /// <summary>"$.territories[4].centroidLatitude" names row 5, field centroidLatitude.</summary>
    private static ImportError FromJsonException(JsonException exception)
    {
        var row = 0;
        string? field = null;
        if (exception.Path is { } path && TerritoryPath().Match(path) is { Success: true } match)
        {
            row = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) + 1;
            field = match.Groups["field"].Success ? match.Groups["field"].Value : null;
        }

        var where = exception.LineNumber is { } line ? $" (line {line + 1}, position {exception.BytePositionInLine + 1})" : string.Empty;
        return new ImportError(row, field, null, ImportRules.InvalidJson, $"The JSON cannot be read{where}: {Describe(exception)}");
    }

    private static string Describe(JsonException exception)
    {
        // The serializer's messages name .NET types; say it in the file's terms.
        var message = exception.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "unknown property; the properties are code, level, parentCode, nameFr, nameEn, centroidLatitude, centroidLongitude, geometry.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "a value has the wrong type (codes and names are strings, coordinates are numbers, geometry is an object).";
        }

        return message;
    }

    [GeneratedRegex(@"^\$\.territories\[(?<index>\d+)\](?:\.(?<field>[A-Za-z]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex TerritoryPath();
}
