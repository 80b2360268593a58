using System.Globalization;

namespace ClinicalProject.Statistics.Tests;

/// <summary>
/// Rows of ReferenceData/reference-values.csv, written by ReferenceData/make_reference_values.py with
/// Debian's python3-scipy (see the script for how each kind is computed independently).
/// </summary>
internal static class ReferenceValues
{
    private static readonly Lazy<IReadOnlyList<ReferenceRow>> Rows = new(Load);

    public static TheoryData<ReferenceRow> Of(string kind)
    {
        var data = new TheoryData<ReferenceRow>();
        foreach (var row in Rows.Value.Where(r => r.Kind == kind))
        {
            data.Add(row);
        }

        return data;
    }

    private static IReadOnlyList<ReferenceRow> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "reference-values.csv");
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split(',');
            return new ReferenceRow(f[0], Parse(f[1]), f[2], Parse(f[3]), Parse(f[4]), Parse(f[5]));
        }).ToList();
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>One reference row: kind, confidence, inputs (space-separated), value, lower, upper.</summary>
public sealed record ReferenceRow(string Kind, double Confidence, string Inputs, double Value, double Lower, double Upper)
{
    public ConfidenceLevel Level => new(Confidence);

    public string[] Fields => Inputs.Split(' ');

    public double[] Numbers => Fields.Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>"x:n" pairs as two arrays.</summary>
    public (double[] First, double[] Second) Pairs
    {
        get
        {
            var pairs = Fields.Select(f => f.Split(':')).ToArray();
            return (pairs.Select(p => double.Parse(p[0], CultureInfo.InvariantCulture)).ToArray(),
                    pairs.Select(p => double.Parse(p[1], CultureInfo.InvariantCulture)).ToArray());
        }
    }

    public override string ToString() => $"{Kind} {Confidence} [{Inputs}]";
}
