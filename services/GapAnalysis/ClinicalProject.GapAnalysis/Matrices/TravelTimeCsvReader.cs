using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace ClinicalProject.GapAnalysis.Matrices;

/// <summary>One refused row of a matrix file: its row (1 = the first data row; 0 = the header), field, value and rule.</summary>
public sealed record MatrixRowError(int Row, string Field, string? Value, string Rule, string Message);

/// <summary>
/// Reads a sparse travel-time matrix: a header with <c>origin</c> (or originCode, territory), <c>site</c> (or
/// siteId, destination) and <c>minutes</c> columns in any order and case, comma or semicolon, strict UTF-8; one
/// row per (origin territory, destination site) pair, each pair once, minutes finite and ≥ 0.
/// </summary>
public static class TravelTimeCsvReader
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["origin"] = "origin", ["originCode"] = "origin", ["territory"] = "origin",
        ["site"] = "site", ["siteId"] = "site", ["destination"] = "site",
        ["minutes"] = "minutes",
    };

    public static async Task<(List<(string Origin, Guid Site, double Minutes)> Rows, List<MatrixRowError> Errors)> ReadAsync(
        Stream body, IReadOnlySet<string> knownOrigins, int maxErrors, CancellationToken cancellationToken)
    {
        var rows = new List<(string, Guid, double)>();
        var errors = new List<MatrixRowError>();
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var text = new StreamReader(body, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        try
        {
            await using var csv = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { HasHeaders = true }, cancellationToken);
            var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < csv.FieldCount; i++)
            {
                var header = csv.GetName(i).Trim();
                if (Columns.TryGetValue(header, out var column) && !ordinals.TryAdd(column, i))
                {
                    errors.Add(new MatrixRowError(0, column, header, "duplicate-column", $"Column '{column}' appears twice (or under two of its names)."));
                }
                else if (header.Length > 0 && column is null)
                {
                    errors.Add(new MatrixRowError(0, header, header, "unknown-column", $"Unknown column '{header}'; the columns are origin, site, minutes."));
                }
            }

            foreach (var missing in new[] { "origin", "site", "minutes" }.Where(c => !ordinals.ContainsKey(c)))
            {
                errors.Add(new MatrixRowError(0, missing, null, "missing-column", $"Column '{missing}' is required."));
            }

            if (errors.Count > 0)
            {
                return (rows, errors);
            }

            var seen = new Dictionary<(string, Guid), int>();
            var row = 0;
            while (await csv.ReadAsync(cancellationToken) && errors.Count < maxErrors)
            {
                row++;
                var origin = csv.GetString(ordinals["origin"]).Trim();
                var siteText = csv.GetString(ordinals["site"]).Trim();
                var minutesText = csv.GetString(ordinals["minutes"]).Trim();
                var ok = true;
                if (origin.Length == 0 || !knownOrigins.Contains(origin))
                {
                    errors.Add(new MatrixRowError(row, "origin", origin, "unknown-territory",
                        origin.Length == 0 ? "The origin territory is required." : $"'{origin}' is not a territory this service has received."));
                    ok = false;
                }

                if (!Guid.TryParse(siteText, out var site))
                {
                    errors.Add(new MatrixRowError(row, "site", siteText, "not-a-site-id", "The destination site's id (a GUID of the inventory)."));
                    ok = false;
                }

                if (!double.TryParse(minutesText, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) || !double.IsFinite(minutes) || minutes < 0)
                {
                    errors.Add(new MatrixRowError(row, "minutes", minutesText, "minutes-not-finite-non-negative", "Minutes: a finite number ≥ 0 (decimal point)."));
                    ok = false;
                }

                if (ok && !seen.TryAdd((origin, site), row))
                {
                    errors.Add(new MatrixRowError(row, "site", siteText, "duplicate-pair", $"The pair ({origin}, {site}) already appears on row {seen[(origin, site)]}."));
                    ok = false;
                }

                if (ok)
                {
                    rows.Add((origin, site, minutes));
                }
            }

            if (row == 0 && errors.Count == 0)
            {
                errors.Add(new MatrixRowError(0, "body", null, "no-rows", "The matrix has no data row."));
            }
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new MatrixRowError(rows.Count + errors.Count + 1, "body", null, "not-utf8", "The file is not UTF-8 text."));
        }
        catch (CsvFormatException format)
        {
            errors.Add(new MatrixRowError(format.RowNumber, "body", null, "malformed-csv", format.Message));
        }

        return (rows, errors);
    }
}
