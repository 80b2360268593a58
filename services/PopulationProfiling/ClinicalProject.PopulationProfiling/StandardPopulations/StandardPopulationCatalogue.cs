using System.Globalization;

namespace ClinicalProject.PopulationProfiling.StandardPopulations;

/// <summary>The standard populations shipped with the service.</summary>
public static class StandardPopulationCatalogue
{
    public const string European2013Code = "esp2013";

    /// <summary>
    /// The 2013 European Standard Population (Eurostat, 2013 edition) in the bands 0–4 … 85–89, 90+
    /// (domain.md); they sum to 100,000.
    /// </summary>
    public static IReadOnlyList<double> European2013Weights { get; } =
        [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000];

    public static string FormatWeights(IEnumerable<double> weights) =>
        string.Join(',', weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture)));

    public static double[] ParseWeights(string stored) =>
        stored.Split(',').Select(w => double.Parse(w, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The built-in rows, seeded by the model (and so by the migrations).</summary>
    internal static IEnumerable<StandardPopulation> BuiltIn() =>
    [
        new StandardPopulation
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
