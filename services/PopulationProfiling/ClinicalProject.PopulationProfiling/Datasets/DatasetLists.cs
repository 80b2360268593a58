using System.Globalization;

namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>The comma-separated lists a <see cref="Dataset"/> row keeps (periods, indicator codes).</summary>
public static class DatasetLists
{
    public static string FormatPeriods(IEnumerable<int> periods) =>
        string.Join(',', periods.Distinct().Order().Select(p => p.ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<int> ParsePeriods(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();

    public static string FormatCodes(IEnumerable<string> codes) => string.Join(',', codes.Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal));

    public static IReadOnlyList<string> ParseCodes(string stored) => stored.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
