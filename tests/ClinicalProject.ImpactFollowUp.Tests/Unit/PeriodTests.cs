using ClinicalProject.ImpactFollowUp.Series;

namespace ClinicalProject.ImpactFollowUp.Tests.Unit;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2024-03", PeriodKind.Month, (2024 * 12) + 2, "2024-03-01", "2024-03-31")]
    [InlineData("2024-q4", PeriodKind.Quarter, (2024 * 4) + 3, "2024-10-01", "2024-12-31")]
    [InlineData("2023", PeriodKind.Year, 2023, "2023-01-01", "2023-12-31")]
    public void A_period_is_read_with_its_kind_index_and_bounds(string text, PeriodKind kind, int index, string start, string end)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal((kind, index, DateOnly.Parse(start), DateOnly.Parse(end)), (period.Kind, period.Index, period.Start, period.End));
        Assert.Equal(period, Period.FromIndex(kind, index));
        Assert.Equal(text.ToUpperInvariant(), period.ToString());
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-Q5")]
    [InlineData("24-01")]
    [InlineData("1850")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_period(string? text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void December_and_the_next_January_are_consecutive()
    {
        Assert.True(Period.TryParse("2024-12", out var december));
        Assert.True(Period.TryParse("2025-01", out var january));
        Assert.Equal(1, january.Index - december.Index);
        Assert.Equal(january, Period.Containing(PeriodKind.Month, new DateOnly(2025, 1, 31)));
        Assert.Equal("2025-Q1", Period.Containing(PeriodKind.Quarter, new DateOnly(2025, 3, 31)).ToString());
    }
}
