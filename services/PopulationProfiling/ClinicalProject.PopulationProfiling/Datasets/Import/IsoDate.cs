namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// A yyyy-MM-dd date checked digit by digit: an event file has one per row, and this is several times faster
/// than <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, out DateOnly)"/>, which
/// showed in profiles of ten-million-row imports.
/// </summary>
public static class IsoDate
{
    /// <summary>The year of a valid calendar date written yyyy-MM-dd (leap years included).</summary>
    public static bool TryParseYear(ReadOnlySpan<char> text, out int year)
    {
        year = 0;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text[..4], out var y) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)
            || y < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        year = y;
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
