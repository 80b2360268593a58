using System.Globalization;
using System.Text;
using ClinicalProject.ImpactFollowUp.Common;
using Sylvan.Data.Csv;

namespace ClinicalProject.ImpactFollowUp.Series;

/// <summary>
/// Series values as CSV: a header row, then <c>indicator,territory,period,value</c> and optionally
/// <c>denominator,source,note</c>, in any order and case, comma- or semicolon-delimited (detected), numbers with a
/// decimal point. Rows are numbered from 1 after the header; row errors are keyed <c>rows[N].column</c>.
/// </summary>
public static class SeriesCsv
{
    public static IReadOnlyList<string> RequiredColumns { get; } = ["indicator", "territory", "period", "value"];

    public static IReadOnlyList<string> OptionalColumns { get; } = ["denominator", "source", "note"];

    public static string RowLabel(int index) => $"rows[{index + 1}]";

    /// <summary>The rows as entries (numbers that cannot be read are errors), or the errors that stop the file being read.</summary>
    public static async Task<(List<SeriesEntry> Entries, FieldErrors Errors)> ReadAsync(Stream body, string? defaultSource, CancellationToken cancellationToken)
    {
        var entries = new List<SeriesEntry>();
        var errors = new FieldErrors();
        using var text = new StreamReader(body, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            await using var csv = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { HasHeaders = true }, cancellationToken);
            var columns = Enumerable.Range(0, csv.FieldCount).ToDictionary(i => csv.GetName(i).Trim(), i => i, StringComparer.OrdinalIgnoreCase);
            foreach (var missing in RequiredColumns.Where(c => !columns.ContainsKey(c)))
            {
                errors.Add("header", $"The header lacks the column '{missing}' (required: {string.Join(",", RequiredColumns)}; optional: {string.Join(",", OptionalColumns)}).");
            }

            if (!columns.ContainsKey("source") && string.IsNullOrWhiteSpace(defaultSource))
            {
                errors.Add("source", "Name the values' source: a 'source' column, or ?source= on the request.");
            }

            if (errors.HasErrors)
            {
                return (entries, errors);
            }

            string? Field(string column) =>
                columns.TryGetValue(column, out var i) && i < csv.RowFieldCount && !string.IsNullOrWhiteSpace(csv.GetString(i)) ? csv.GetString(i).Trim() : null;

            while (await csv.ReadAsync(cancellationToken) && errors.Count < SeriesWriter.MaxErrors)
            {
                if (Enumerable.Range(0, csv.RowFieldCount).All(i => string.IsNullOrWhiteSpace(csv.GetString(i))))
                {
                    entries.Add(new SeriesEntry(null, null, null, null, null, null, "blank")); // keeps row numbers aligned; refused below
                    errors.Add($"{RowLabel(entries.Count - 1)}", $"{RowLabel(entries.Count - 1)} is blank.");
                    continue;
                }

                var at = RowLabel(entries.Count);
                entries.Add(new SeriesEntry(
                    Field("indicator"), Field("territory"), Field("period"),
                    Number(Field("value"), $"{at}.value", errors), Number(Field("denominator"), $"{at}.denominator", errors),
                    Field("source") ?? defaultSource?.Trim(), Field("note")));
            }
        }
        catch (Exception exception) when (exception is CsvFormatException or InvalidDataException or DecoderFallbackException)
        {
            errors.Add($"rows[{entries.Count + 1}]", $"The file cannot be read as CSV near row {entries.Count + 1}: {exception.Message}");
        }

        return (entries, errors);
    }

    private static double? Number(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, $"{field} '{text}' is not a number (use a decimal point).");
        return null;
    }
}
