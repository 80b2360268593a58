using System.Globalization;

namespace ClinicalProject.ImpactFollowUp.Common;

/// <summary>Fields of the CSV exports: RFC 4180 quoting, invariant numbers (round-trip), ISO 8601 UTC times.</summary>
public static class CsvText
{
    public static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Time(DateTime? value) => value?.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) ?? string.Empty;
}
