using System.Globalization;
using System.Text.Json;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>Reads typed values out of HSDS rows, recording a row-level error for each value that does not parse.</summary>
public sealed class HsdsFieldReader
{
    public List<ImportError> Errors { get; } = [];

    public void Error(HsdsRow row, string? field, string rule, string message) =>
        Errors.Add(HsdsErrors.At(row.File, row.Row, field, field is null ? null : row[field], rule, message));

    public string? Text(HsdsRow row, string column) => row[column]?.Trim();

    public Guid? Id(HsdsRow row, string column, bool required = false)
    {
        var text = row[column];
        if (text is null)
        {
            if (required)
            {
                Error(row, column, "required", $"{column} is required.");
            }

            return null;
        }

        if (Guid.TryParse(text.Trim(), out var id))
        {
            return id;
        }

        Error(row, column, "invalid-uuid", $"{column} must be a UUID.");
        return null;
    }

    public double? Double(HsdsRow row, string column) => Number(row, column, (string s, out double v) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v));

    public decimal? Decimal(HsdsRow row, string column) => Number(row, column, (string s, out decimal v) => decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v));

    public int? Integer(HsdsRow row, string column) =>
        Number(row, column, (string s, out int v) =>
        {
            // HSDS types ages and extensions as number: 18 and 18.0 are both whole.
            var ok = decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Truncate(d) && d is >= int.MinValue and <= int.MaxValue;
            v = ok ? (int)d : 0;
            return ok;
        });

    public DateOnly? Date(HsdsRow row, string column) => Date(row, column, row[column]);

    public DateOnly? Date(HsdsRow row, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        // A date-time (service_capacity.updated) counts by its date as written, but it must be a date-time: the
        // rest was ignored, so an offset of +99:00 (no such zone: offsets stop at ±14:00) passed.
        var trimmed = text.Trim();
        var datePart = trimmed.Split('T')[0];
        if (DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && (datePart.Length == trimmed.Length
                || DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)))
        {
            return date;
        }

        Error(row, field, "invalid-date", $"{field} must be a date written YYYY-MM-DD, or an ISO 8601 date-time with an offset within ±14:00.");
        return null;
    }

    /// <summary>
    /// HH:MM or HH:MM:SS in Quebec's local time. HSDS suggests a UTC offset; Eastern offsets (-05:00, -04:00) are
    /// accepted and dropped, since local opening hours do not move with daylight saving time; others are refused.
    /// </summary>
    public TimeOnly? Time(HsdsRow row, string column)
    {
        var text = row[column]?.Trim();
        if (text is null)
        {
            return null;
        }

        foreach (var eastern in new[] { "-05:00", "-04:00", "-0500", "-0400" })
        {
            if (text.EndsWith(eastern, StringComparison.Ordinal))
            {
                text = text[..^eastern.Length];
            }
        }

        if (TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        Error(row, column, "invalid-time", $"{column} must be a local time HH:MM (an offset other than Eastern time's is not accepted).");
        return null;
    }

    /// <summary>An inventory enum written as the API writes it (first-line).</summary>
    public TEnum? Enum<TEnum>(HsdsRow row, string field, string? text) where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (Inventory.InventoryJson.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Error(row, field, "unknown-value", $"'{text}' is not one of: {Inventory.InventoryJson.Names<TEnum>()}.");
        return null;
    }

    private delegate bool TryParse<T>(string text, out T value);

    private T? Number<T>(HsdsRow row, string column, TryParse<T> parse) where T : struct
    {
        var text = row[column];
        if (text is null)
        {
            return null;
        }

        if (parse(text.Trim(), out var value))
        {
            return value;
        }

        Error(row, column, "invalid-number", $"{column} must be a number.");
        return null;
    }

    /// <summary>"eligibility.minimumAge" → "eligibility.minimum_age", as HSDS names fields.</summary>
    public static string SnakeCase(string path) =>
        string.Join('.', path.Split('.').Select(segment =>
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            return JsonNamingPolicy.SnakeCaseLower.ConvertName(name) + (bracket < 0 ? "" : segment[bracket..]);
        }));
}
