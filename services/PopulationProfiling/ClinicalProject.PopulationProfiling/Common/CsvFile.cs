using System.Text;
using ClinicalProject.PopulationProfiling.Territories.Import;
using Sylvan.Data.Csv;

namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>
/// What the service's CSV imports share: strict UTF-8 (a byte-order mark allowed), a header row, comma or
/// semicolon detected from it, columns matched by name in any order and case, and the reader's failures
/// turned into <see cref="ImportError"/>s.
/// </summary>
public static class CsvFile
{
    /// <summary>Opens a CSV reader on a stream; the caller disposes the returned reader and the text reader.</summary>
    public static async Task<(CsvDataReader Csv, StreamReader Text)> OpenAsync(Stream stream, CancellationToken cancellationToken)
    {
        // Strict decoding: a Windows-1252 export would otherwise turn "Québec" into "Qu�bec" without a word.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        // Sylvan detects the delimiter (',' ';' tab '|') from the header row when none is set.
        var options = new CsvDataReaderOptions { HasHeaders = true, OwnsReader = false, BufferSize = 1 << 16 };
        var csv = await CsvDataReader.CreateAsync(text, options, cancellationToken);
        return (csv, text);
    }

    /// <summary>Canonical column name → ordinal; unknown, duplicate and missing columns are reported on row 0.</summary>
    public static Dictionary<string, int> MapColumns(CsvDataReader csv, IReadOnlyList<CsvColumn> columns, List<ImportError> errors)
    {
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            foreach (var name in column.Aliases.Prepend(column.Name))
            {
                known[name] = column.Name;
            }
        }

        var mapped = new Dictionary<string, int>(StringComparer.Ordinal);
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
                    $"Unknown column '{header}'; the columns are {string.Join(", ", columns.Select(c => c.Name))}."));
            }
            else if (!mapped.TryAdd(column, ordinal))
            {
                errors.Add(new ImportError(0, column, header, ImportRules.DuplicateColumn, $"Column '{column}' appears twice (or under two of its names)."));
            }
        }

        foreach (var required in columns.Where(c => c.Required && !mapped.ContainsKey(c.Name)))
        {
            var aliases = required.Aliases.Length > 0 ? $" (or {string.Join(", ", required.Aliases)})" : string.Empty;
            errors.Add(new ImportError(0, required.Name, null, ImportRules.MissingColumn,
                $"The header has no '{required.Name}' column{aliases}; delimiters: comma or semicolon."));
        }

        return mapped;
    }

    /// <summary>
    /// The error a reader's exception stands for, or null when it is not a file problem. <paramref name="row"/>
    /// is the last data row read.
    /// </summary>
    public static ImportError? Translate(Exception exception, int row, string emptyFileHint) => exception switch
    {
        // Decoding runs ahead of parsing, by a buffer: no row number would be exact.
        DecoderFallbackException => new ImportError(0, null, null, ImportRules.InvalidEncoding,
            "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and send it again."),
        CsvMissingHeadersException => new ImportError(0, null, null, ImportRules.NoTerritories,
            $"The file is empty; it needs a header row ({emptyFileHint}) and one row per line of data."),
        CsvRecordTooLargeException => new ImportError(row + 1, null, null, ImportRules.InvalidCsv,
            "A record is too large: most likely a quote is never closed."),
        CsvFormatException format => new ImportError(row + 1, null, null, ImportRules.InvalidCsv,
            $"The CSV is malformed ({format.Message}); check the quotes on this row."),
        _ => null,
    };

    /// <summary>A field by canonical column name; null when the column is absent or the row is short.</summary>
    public static string? Field(this CsvDataReader csv, Dictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out var ordinal) && ordinal < csv.RowFieldCount ? csv.GetString(ordinal) : null;

    /// <summary>Whether every field of the current row is blank (spreadsheets leave such lines at the end).</summary>
    public static bool IsBlankRow(this CsvDataReader csv)
    {
        // Spans, not strings: this runs on every row of ten-million-row files.
        for (var i = 0; i < csv.RowFieldCount; i++)
        {
            if (!csv.GetFieldSpan(i).IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }
}
