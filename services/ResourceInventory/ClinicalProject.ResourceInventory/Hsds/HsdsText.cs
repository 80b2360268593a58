using System.Globalization;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>How values are written in HSDS text: invariant numbers, ISO dates, HH:MM times, lower-case uuids.</summary>
public static class HsdsText
{
    public static string? Of(Guid? value) => value?.ToString("D");

    public static string? Of(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    public static string? Of(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Of(TimeOnly? value) => value?.ToString(value.Value.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);

    public static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
}
