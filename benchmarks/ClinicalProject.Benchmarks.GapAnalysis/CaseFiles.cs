using System.Globalization;
using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.Benchmarks.GapAnalysis;

/// <summary>The case as the engine takes it, read from the generated files; results written as raw doubles.</summary>
public sealed record CaseFiles(DemandPoint[] Areas, SupplyPoint[] Sites, double[][] Supplies)
{
    public static CaseFiles Read(string directory, int areaStride = 1)
    {
        var areas = File.ReadLines(Path.Combine(directory, "areas.csv")).Skip(1)
            .Where((_, i) => i % areaStride == 0)
            .Select(l => l.Split(','))
            .Select(f => new DemandPoint(f[0], Number(f[3]), Number(f[1]), Number(f[2])))
            .ToArray();
        var rows = File.ReadLines(Path.Combine(directory, "sites.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var sites = rows.Select(f => new SupplyPoint(f[0], Number(f[3]), Number(f[1]), Number(f[2]))).ToArray();
        var supplies = Enumerable.Range(0, SyntheticAccessCase.Programs)
            .Select(k => rows.Select(f => Number(f[3 + k])).ToArray())
            .ToArray();
        return new CaseFiles(areas, sites, supplies);
    }

    /// <summary>Access scores as little-endian doubles, [method][program][area], the layout the Python scripts write.</summary>
    public static void WriteResults(string path, IEnumerable<double[]> rows)
    {
        using var file = new BinaryWriter(File.Create(path));
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                file.Write(value);
            }
        }
    }

    public static double[] ReadResults(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var values = new double[bytes.Length / sizeof(double)];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
