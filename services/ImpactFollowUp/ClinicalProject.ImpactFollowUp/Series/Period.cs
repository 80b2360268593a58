using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicalProject.ImpactFollowUp.Series;

public enum PeriodKind
{
    Month,
    Quarter,
    Year,
}

/// <summary>
/// A period of a series: <c>2024-03</c> (month), <c>2024-Q1</c> (quarter) or <c>2024</c> (year). Its index counts
/// periods of its kind from year 0, so consecutive periods differ by one (the time axis of the regressions).
/// </summary>
public readonly partial record struct Period(PeriodKind Kind, int Year, int Number)
{
    public int Index => Kind switch
    {
        PeriodKind.Month => (Year * 12) + Number - 1,
        PeriodKind.Quarter => (Year * 4) + Number - 1,
        _ => Year,
    };

    public DateOnly Start => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        PeriodKind.Quarter => new DateOnly(Year, ((Number - 1) * 3) + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly End => Kind switch
    {
        PeriodKind.Month => Start.AddMonths(1).AddDays(-1),
        PeriodKind.Quarter => Start.AddMonths(3).AddDays(-1),
        _ => Start.AddYears(1).AddDays(-1),
    };

    public override string ToString() => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public static Period FromIndex(PeriodKind kind, int index) => kind switch
    {
        PeriodKind.Month => new(kind, index / 12, (index % 12) + 1),
        PeriodKind.Quarter => new(kind, index / 4, (index % 4) + 1),
        _ => new(kind, index, 1),
    };

    /// <summary>The period of <paramref name="kind"/> that contains <paramref name="date"/>.</summary>
    public static Period Containing(PeriodKind kind, DateOnly date) => kind switch
    {
        PeriodKind.Month => new(kind, date.Year, date.Month),
        PeriodKind.Quarter => new(kind, date.Year, ((date.Month - 1) / 3) + 1),
        _ => new(kind, date.Year, 1),
    };

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2200)
        {
            return false;
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            period = new(PeriodKind.Month, year, month);
            return month is >= 1 and <= 12;
        }

        if (match.Groups["quarter"].Success)
        {
            period = new(PeriodKind.Quarter, year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
            return true;
        }

        period = new(PeriodKind.Year, year, 1);
        return true;
    }

    public const string Formats = "YYYY-MM (month), YYYY-Qn (quarter) or YYYY (year)";

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d{2})|-[Qq](?<quarter>[1-4]))?$")]
    private static partial Regex Pattern();
}
