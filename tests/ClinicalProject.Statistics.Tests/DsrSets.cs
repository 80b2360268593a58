namespace ClinicalProject.Statistics.Tests;

/// <summary>The data sets of make_reference_values.py (DSR_SETS), by name.</summary>
internal static class DsrSets
{
    public static (double[] Counts, double[] Populations) Get(string name) => name switch
    {
        "vignette" => ([1, 1, 0, 0, 0, 1, 1, 3, 3, 3, 3, 10, 10, 10, 10, 8, 8, 8, 8],
                       [30, 35, 35, 35, 40, 40, 45, 50, 50, 50, 60, 60, 70, 75, 70, 60, 20, 20, 15]),
        "large" => ([12, 3, 2, 9, 20, 25, 31, 40, 52, 80, 120, 160, 230, 310, 420, 500, 560, 480, 390],
                    [21000, 22000, 23000, 24500, 26000, 27000, 28000, 27500, 26500, 26000, 27000, 28500,
                     27000, 24000, 19000, 13500, 9000, 5200, 2600]),
        "small" => ([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 2, 1, 2, 1, 2, 1, 1],
                    [400, 420, 430, 410, 380, 390, 410, 450, 470, 480, 500, 490, 450, 400, 330, 250, 160, 90, 40]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown data set."),
    };
}
