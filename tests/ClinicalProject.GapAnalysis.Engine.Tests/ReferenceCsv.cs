using System.Globalization;

namespace ClinicalProject.GapAnalysis.Engine.Tests;

/// <summary>Reads the committed reference CSV files (plain, comma-separated, no quoting, header first).</summary>
internal static class ReferenceCsv
{
    public static IReadOnlyList<Dictionary<string, string>> Read(string fileName)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "ReferenceData", fileName));
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => header.Zip(l.Split(','), (h, v) => (h, v)).ToDictionary(p => p.h, p => p.v))
            .ToArray();
    }

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
