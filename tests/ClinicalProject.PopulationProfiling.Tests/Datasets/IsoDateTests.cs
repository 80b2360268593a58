using ClinicalProject.PopulationProfiling.Datasets.Import;

namespace ClinicalProject.PopulationProfiling.Tests.Datasets;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2021-03-04", 2021)]
    [InlineData("2020-02-29", 2020)] // leap year
    [InlineData("2000-02-29", 2000)] // divisible by 400
    [InlineData("1999-12-31", 1999)]
    public void A_valid_date_gives_its_year(string text, int year)
    {
        Assert.True(IsoDate.TryParseYear(text, out var parsed));
        Assert.Equal(year, parsed);
    }

    [Theory]
    [InlineData("2021-02-29")] // not a leap year
    [InlineData("1900-02-29")] // divisible by 100, not by 400
    [InlineData("2021-13-01")]
    [InlineData("2021-04-31")]
    [InlineData("2021-00-10")]
    [InlineData("2021-1-05")]
    [InlineData("21-01-05")]
    [InlineData("2021/01/05")]
    [InlineData("2021-01-0x")]
    [InlineData("")]
    public void Anything_else_is_refused(string text) => Assert.False(IsoDate.TryParseYear(text, out _));
}
