using System.Text;
using System.Text.Json;

namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>Small hierarchy files for the tests, written as CSV or JSON.</summary>
public static class HierarchyFiles
{
    public static readonly string[] Header = ["code", "level", "parentCode", "nameFr", "nameEn", "centroidLatitude", "centroidLongitude"];

    /// <summary>Québec → Estrie → 051 → RLS de Sherbrooke → CLSC Sherbrooke → two DAs: seven rows.</summary>
    public static IReadOnlyList<string[]> Sherbrooke() =>
    [
        ["99", "province", "", "Québec", "Quebec", "", ""],
        ["05", "region", "99", "Estrie", "Estrie", "", ""],
        ["051", "rts", "05", "RTS de l'Estrie", "Estrie RTS", "", ""],
        ["0515", "rls", "051", "RLS de Sherbrooke", "Sherbrooke LSN", "", ""],
        ["05151", "clsc", "0515", "CLSC Sherbrooke", "Sherbrooke CLSC", "", ""],
        ["T-DA-1", "da", "05151", "AD test 1", "Test DA 1", "45.41", "-71.86"],
        ["T-DA-2", "da", "05151", "AD test 2", "Test DA 2", "45.39", "-71.91"],
    ];

    /// <summary>The same rows with one field replaced (row is 1-based, as in error reports).</summary>
    public static IReadOnlyList<string[]> With(this IReadOnlyList<string[]> rows, int row, string field, string value)
    {
        var copy = rows.Select(r => (string[])r.Clone()).ToList();
        copy[row - 1][Array.IndexOf(Header, field)] = value;
        return copy;
    }

    public static IReadOnlyList<string[]> Append(this IReadOnlyList<string[]> rows, params string[][] more) => [.. rows, .. more];

    public static string ToCsv(this IReadOnlyList<string[]> rows, char delimiter = ',')
    {
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(Header))
        {
            text.AppendJoin(delimiter, line.Select(value => Quote(value, delimiter))).Append('\n');
        }

        return text.ToString();
    }

    public static string ToJson(this IReadOnlyList<string[]> rows, Func<int, object?>? geometryForRow = null)
    {
        var territories = rows.Select((r, index) => new Dictionary<string, object?>
        {
            ["code"] = r[0],
            ["level"] = r[1],
            ["parentCode"] = r[2].Length == 0 ? null : r[2],
            ["nameFr"] = r[3],
            ["nameEn"] = r[4],
            ["centroidLatitude"] = r[5].Length == 0 ? null : double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture),
            ["centroidLongitude"] = r[6].Length == 0 ? null : double.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture),
            ["geometry"] = geometryForRow?.Invoke(index + 1),
        });
        return JsonSerializer.Serialize(new { territories });
    }

    public static string DemoCsvPath => Path.Combine(AppContext.BaseDirectory, "DemoData", "estrie-territories.csv");

    private static string Quote(string value, char delimiter) =>
        value.Contains(delimiter) || value.Contains('"') || value.Contains('\n')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
