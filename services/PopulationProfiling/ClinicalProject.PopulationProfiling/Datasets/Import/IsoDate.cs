using System.Numerics;
using System.Runtime.CompilerServices;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// A yyyy-MM-dd date checked digit by digit, as text or as the file's UTF-8 bytes: an event file has one per
/// row, and this is several times faster than <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, out DateOnly)"/>,
/// which showed in profiles of ten-million-row imports.
/// </summary>
public static class IsoDate
{
    /// <summary>The year of a valid calendar date written yyyy-MM-dd (leap years included).</summary>
    public static bool TryParseYear(ReadOnlySpan<char> text, out int year) => TryParseYear<char>(text, out year);

    /// <summary>The same from ASCII bytes.</summary>
    public static bool TryParseYear(ReadOnlySpan<byte> utf8, out int year) => TryParseYear<byte>(utf8, out year);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParseYear<T>(ReadOnlySpan<T> text, out int year)
        where T : unmanaged, IBinaryInteger<T>
    {
        year = 0;
        var dash = T.CreateTruncating('-');
        if (text.Length != 10 || text[4] != dash || text[7] != dash
            || !Digits(text[..4], out var y) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)
            || y < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        year = y;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Digits<T>(ReadOnlySpan<T> text, out int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = int.CreateTruncating(c) - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
