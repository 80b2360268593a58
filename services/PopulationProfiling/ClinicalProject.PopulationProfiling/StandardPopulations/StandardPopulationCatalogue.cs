using System.Globalization;

namespace ClinicalProject.PopulationProfiling.StandardPopulations;

/// <summary>The standard populations shipped with the service.</summary>
public static class StandardPopulationCatalogue
{
    public const string European2013Code = "esp2013";

    /// <summary>
    /// The 2013 European Standard Population (Eurostat, 2013 edition) in the bands 0–4 … 85–89, 90+, as the
    /// statistics library defines it; they sum to 100,000.
    /// </summary>
    public static IReadOnlyList<double> European2013Weights { get; } = Statistics.StandardPopulation.European2013.Weights.ToArray();

    public static string FormatWeights(IEnumerable<double> weights) =>
        string.Join(',', weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture)));

    public static double[] ParseWeights(string stored) =>
        stored.Split(',').Select(w => double.Parse(w, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The built-in rows, seeded by the model (and so by the migrations).</summary>
    internal static IEnumerable<StandardPopulationRecord> BuiltIn() =>
    [
        new StandardPopulationRecord
        {
            Code = European2013Code,
            NameFr = "Population type européenne 2013",
            NameEn = "2013 European Standard Population",
            Weights = FormatWeights(European2013Weights),
            BuiltIn = true,
            UpdatedAtUtc = new DateTime(2013, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        },
    ];
}
