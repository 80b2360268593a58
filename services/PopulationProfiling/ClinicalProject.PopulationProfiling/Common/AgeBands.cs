using System.Globalization;

namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>
/// The service's age strata: the 19 five-year bands of the 2013 European Standard Population (0–4 … 85–89,
/// 90+). Every dataset is stored on them, whatever the file gave (single years of age or bands), so rates
/// can be standardised and summed across datasets without re-banding.
/// </summary>
public static class AgeBands
{
    public const int Count = 19;
    public const int Width = 5;

    /// <summary>The lower bound of the open last band.</summary>
    public const int OpenBandFrom = 90;

    /// <summary>Ages above this are refused as typing errors.</summary>
    public const int MaxAge = 120;

    /// <summary>"0-4", "5-9" … "85-89", "90+".</summary>
    public static IReadOnlyList<string> Labels { get; } =
        Enumerable.Range(0, Count).Select(Label).ToArray();

    public static string Label(int band) =>
        band == Count - 1
            ? $"{OpenBandFrom}+"
            : string.Create(CultureInfo.InvariantCulture, $"{band * Width}-{(band * Width) + Width - 1}");

    public static int LowerAge(int band) => band * Width;

    /// <summary>The upper age of a band, inclusive; null for the open 90+ band.</summary>
    public static int? UpperAge(int band) => band == Count - 1 ? null : (band * Width) + Width - 1;

    /// <summary>The band holding a single year of age (0–<see cref="MaxAge"/>).</summary>
    public static int OfAge(int age) => Math.Min(age / Width, Count - 1);

    /// <summary>Parses a band label: "0-4", "0–4", "5 - 9", "90+", "90 +"; only the five-year grid's bands.</summary>
    public static bool TryParseLabel(ReadOnlySpan<char> text, out int band)
    {
        band = -1;
        Span<char> label = stackalloc char[16];
        var length = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                continue;
            }

            if (length == label.Length)
            {
                return false;
            }

            label[length++] = c == '–' ? '-' : c;
        }

        label = label[..length];
        if (length == 0)
        {
            return false;
        }

        if (label[^1] == '+')
        {
            if (int.TryParse(label[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var from) && from == OpenBandFrom)
            {
                band = Count - 1;
                return true;
            }

            return false;
        }

        var dash = label.IndexOf('-');
        if (dash <= 0
            || !int.TryParse(label[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var lower)
            || !int.TryParse(label[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var upper)
            || lower % Width != 0 || upper != lower + Width - 1 || lower >= OpenBandFrom)
        {
            return false;
        }

        band = lower / Width;
        return true;
    }

    /// <summary>Whether an age is a band boundary (a lower bound: 0, 5 … 90).</summary>
    public static bool IsLowerBound(int age) => age is >= 0 and <= OpenBandFrom && age % Width == 0;

    /// <summary>Whether an age closes a band (an inclusive upper bound: 4, 9 … 89).</summary>
    public static bool IsUpperBound(int age) => age is >= Width - 1 and < OpenBandFrom && (age + 1) % Width == 0;

    /// <summary>The bands covered by an inclusive age range; open ends mean 0 and 90+.</summary>
    public static (int First, int Last) Range(int? ageFrom, int? ageTo) =>
        (ageFrom is { } from ? from / Width : 0, ageTo is { } to ? to / Width : Count - 1);
}
