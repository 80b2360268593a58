using System.Text;
using Sylvan.Data.Csv;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>
/// Reads a territory CSV file: UTF-8 (a byte-order mark is allowed), a header row, comma or semicolon
/// delimiter detected from the header. Columns are matched by name, in any order and any case.
/// </summary>
public static class TerritoryCsvReader
{
    public const int MaxRows = 200_000;

    public static IReadOnlyList<string> RequiredColumns { get; } = ["code", "level", "parentCode", "nameFr", "nameEn"];

    public static IReadOnlyList<string> OptionalColumns { get; } = ["centroidLatitude", "centroidLongitude"];

    public static async Task<TerritoryFileReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        // Strict decoding: a Windows-1252 export would otherwise turn "Québec" into "Qu�bec" without a word.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var rows = new List<TerritoryInput>();
        var errors = new List<ImportError>();
        var row = 0;
        try
        {
            // Sylvan detects the delimiter (',' ';' tab '|') from the header row when none is set.
            var options = new CsvDataReaderOptions { HasHeaders = true, OwnsReader = false };
            await using var csv = await CsvDataReader.CreateAsync(text, options, cancellationToken);
            var columns = MapColumns(csv, errors);
            if (errors.Count > 0)
            {
                return new([], errors);
            }

            while (await csv.ReadAsync(cancellationToken))
            {
                row++;
                if (row > MaxRows)
                {
                    return TerritoryFileReadResult.Failed(new ImportError(0, null, null, ImportRules.TooManyRows,
                        $"A hierarchy holds at most {MaxRows} territories."));
                }

                var input = ReadRow(csv, columns, row, errors);
                if (input is not null)
                {
                    rows.Add(input);
                }
            }
        }
        catch (DecoderFallbackException)
        {
            // Decoding runs ahead of parsing, by a buffer: no row number would be exact.
            return TerritoryFileReadResult.Failed(new ImportError(0, null, null, ImportRules.InvalidEncoding,
                "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and send it again."));
        }
        catch (CsvMissingHeadersException)
        {
            return TerritoryFileReadResult.Failed(new ImportError(0, null, null, ImportRules.NoTerritories,
                $"The file is empty; it needs a header row ({string.Join(",", RequiredColumns.Concat(OptionalColumns))}) and one row per territory."));
        }
        catch (CsvRecordTooLargeException)
        {
            return TerritoryFileReadResult.Failed(new ImportError(row + 1, null, null, ImportRules.InvalidCsv,
                "A record is too large: most likely a quote is never closed."));
        }
        catch (CsvFormatException exception)
        {
            return TerritoryFileReadResult.Failed(new ImportError(row + 1, null, null, ImportRules.InvalidCsv,
                $"The CSV is malformed ({exception.Message}); check the quotes on this row."));
        }

        return new(rows, errors);
    }

    private static Dictionary<string, int> MapColumns(CsvDataReader csv, List<ImportError> errors)
    {
        var known = RequiredColumns.Concat(OptionalColumns).ToDictionary(c => c, StringComparer.OrdinalIgnoreCase);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < csv.FieldCount; ordinal++)
        {
            var header = csv.GetName(ordinal).Trim();
            if (header.Length == 0)
            {
                continue;
            }

            if (!known.TryGetValue(header, out var column))
            {
                errors.Add(new ImportError(0, header, header, ImportRules.UnknownColumn,
                    $"Unknown column '{header}'; the columns are {string.Join(", ", known.Values)}."));
            }
            else if (!columns.TryAdd(column, ordinal))
            {
                errors.Add(new ImportError(0, column, header, ImportRules.DuplicateColumn, $"Column '{column}' appears twice."));
            }
        }

        foreach (var required in RequiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new ImportError(0, required, null, ImportRules.MissingColumn,
                $"The header has no '{required}' column (delimiters: comma or semicolon)."));
        }

        return columns;
    }

    private static TerritoryInput? ReadRow(CsvDataReader csv, Dictionary<string, int> columns, int row, List<ImportError> errors)
    {
        string? Field(string column) =>
            columns.TryGetValue(column, out var ordinal) && ordinal < csv.RowFieldCount ? csv.GetString(ordinal) : null;

        var values = Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToArray();
        if (values.All(string.IsNullOrWhiteSpace))
        {
            return null; // a blank line, as spreadsheets leave at the end
        }

        var extra = values.Skip(csv.FieldCount).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (extra is not null)
        {
            errors.Add(new ImportError(row, null, extra, ImportRules.ExtraField,
                $"This row has more fields than the header ({csv.FieldCount}); is a value holding an unquoted delimiter?"));
        }

        return new TerritoryInput(row, Field("code"), Field("level"), Field("parentCode"), Field("nameFr"), Field("nameEn"),
            Field("centroidLatitude"), Field("centroidLongitude"));
    }
}
