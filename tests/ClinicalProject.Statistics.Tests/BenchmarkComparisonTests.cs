namespace ClinicalProject.Statistics.Tests;

public sealed class BenchmarkComparisonTests
{
    private static Estimate At95(double lower, double upper) => new(0, lower, upper, 0.95, IntervalMethod.Byar);

    private static Estimate At998(double lower, double upper) => new(0, lower, upper, 0.998, IntervalMethod.Byar);

    [Theory]
    [InlineData(11, 12, Polarity.HighIsGood, ComparisonOutcome.Better)]
    [InlineData(11, 12, Polarity.LowIsGood, ComparisonOutcome.Worse)]
    [InlineData(11, 12, Polarity.None, ComparisonOutcome.Higher)]
    [InlineData(8, 9, Polarity.HighIsGood, ComparisonOutcome.Worse)]
    [InlineData(8, 9, Polarity.LowIsGood, ComparisonOutcome.Better)]
    [InlineData(8, 9, Polarity.None, ComparisonOutcome.Lower)]
    [InlineData(9, 11, Polarity.HighIsGood, ComparisonOutcome.Similar)]
    [InlineData(10, 11, Polarity.HighIsGood, ComparisonOutcome.Similar)] // touching the benchmark is not significant
    public void One_level(double lower, double upper, Polarity polarity, ComparisonOutcome expected) =>
        Assert.Equal(expected, BenchmarkComparison.Compare(At95(lower, upper), 10, polarity));

    [Theory]
    [InlineData(11, 12, 10.5, 13, Polarity.HighIsGood, ComparisonOutcome.Best)]
    [InlineData(11, 12, 9.5, 13, Polarity.HighIsGood, ComparisonOutcome.Better)]
    [InlineData(11, 12, 10.5, 13, Polarity.LowIsGood, ComparisonOutcome.Worst)]
    [InlineData(11, 12, 9.5, 13, Polarity.LowIsGood, ComparisonOutcome.Worse)]
    [InlineData(8, 9, 7, 9.5, Polarity.LowIsGood, ComparisonOutcome.Best)]
    [InlineData(8, 9, 7, 10.5, Polarity.HighIsGood, ComparisonOutcome.Worse)]
    [InlineData(9, 11, 8, 12, Polarity.HighIsGood, ComparisonOutcome.Similar)]
    [InlineData(11, 12, 10.5, 13, Polarity.None, ComparisonOutcome.MuchHigher)]
    [InlineData(11, 12, 9.5, 13, Polarity.None, ComparisonOutcome.Higher)]
    [InlineData(8, 9, 7, 9.5, Polarity.None, ComparisonOutcome.MuchLower)]
    public void Two_levels(double l95, double u95, double l998, double u998, Polarity polarity, ComparisonOutcome expected) =>
        Assert.Equal(expected, BenchmarkComparison.CompareTwoLevels(At95(l95, u95), At998(l998, u998), 10, polarity));

    [Fact]
    public void Missing_figures_are_not_compared()
    {
        Assert.Equal(ComparisonOutcome.NotCompared, BenchmarkComparison.Compare(null, 10, Polarity.HighIsGood));
        Assert.Equal(ComparisonOutcome.NotCompared, BenchmarkComparison.Compare(1, 2, double.NaN, Polarity.HighIsGood));
        Assert.Throws<ArgumentException>(() =>
            BenchmarkComparison.CompareTwoLevels(At998(1, 2), At95(1, 2), 10, Polarity.None));
    }
}
