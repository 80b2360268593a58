using System.Globalization;

namespace ClinicalProject.GapAnalysis.Engine.Gaps;

/// <summary>Numbers as the gap sentences write them, in French and in English.</summary>
internal static class Numbers
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-CA");

    public static string Fr(double value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), French);

    public static string En(double value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>
    /// A ratio with up to three significant digits, whatever its scale (0.00234, 0.5, 12.5, 1,235): access scores and
    /// capacity per user are often far below 1, where a fixed number of decimals would print 0.00.
    /// </summary>
    public static string SignificantFr(double value) => Significant(value, French);

    /// <inheritdoc cref="SignificantFr"/>
    public static string SignificantEn(double value) => Significant(value, CultureInfo.InvariantCulture);

    private static string Significant(double value, CultureInfo culture)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value.ToString("N0", culture);
        }

        // Up to three significant digits, trailing zeros dropped: 0.0015, 0.5, 12.5, 1,235.
        var decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15);
        return value.ToString("#,##0." + new string('#', decimals), culture);
    }

    public static string PercentFr(double share) => Fr(share * 100, 0) + " %";

    public static string PercentEn(double share) => En(share * 100, 0) + "%";

    public static double Clamp01(double value) => double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 1);
}
