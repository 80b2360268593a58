using System.Globalization;

namespace ClinicalProject.GapAnalysis.Engine.Gaps;

/// <summary>Numbers as the gap sentences write them, in French and in English.</summary>
internal static class Numbers
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-CA");

    public static string Fr(double value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), French);

    public static string En(double value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string PercentFr(double share) => Fr(share * 100, 0) + " %";

    public static string PercentEn(double share) => En(share * 100, 0) + "%";

    public static double Clamp01(double value) => double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 1);
}
