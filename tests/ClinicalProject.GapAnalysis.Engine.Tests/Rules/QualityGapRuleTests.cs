using ClinicalProject.GapAnalysis.Engine.Quality;
using ClinicalProject.Statistics;

namespace ClinicalProject.GapAnalysis.Engine.Tests.Rules;

public sealed class QualityGapRuleTests
{
    private static readonly Dictionary<string, double> Populations = new() { ["0511"] = 1000, ["0512"] = 2000 };

    [Fact]
    public void Worse_than_the_province_is_a_gap_and_similar_is_not()
    {
        IndicatorFigure[] figures =
        [
            new("suicide", "0511", [8], Polarity.LowIsGood, 20, 15, 25, ComparisonOutcome.Similar, ComparisonOutcome.Worse),
            new("suicide", "0512", [8], Polarity.LowIsGood, 12, 10, 14, ComparisonOutcome.Similar, ComparisonOutcome.Similar),
        ];
        var gap = Assert.Single(QualityGapRules.Find(figures, [], Populations, [8]));
        Assert.Equal(QualityGapRules.WorseThanBenchmark, gap.Rule);
        Assert.Equal("0511", gap.TerritoryCode);
        Assert.Equal(0.5, gap.Severity);
        Assert.Equal(1000, gap.PeopleAffected);
        Assert.Equal(20, gap.Figures["value"]);
    }

    [Theory]
    [InlineData(Polarity.LowIsGood, TrendDirection.Increasing, true)]
    [InlineData(Polarity.LowIsGood, TrendDirection.Decreasing, false)]
    [InlineData(Polarity.HighIsGood, TrendDirection.Decreasing, true)]
    [InlineData(Polarity.HighIsGood, TrendDirection.NoSignificantChange, false)]
    public void Worse_and_worsening_needs_a_significant_adverse_trend(Polarity polarity, TrendDirection direction, bool worsening)
    {
        IndicatorFigure[] figures = [new("x", "0512", [9], polarity, 5, 4, 6, ComparisonOutcome.Worst, ComparisonOutcome.NotCompared)];
        var gap = Assert.Single(QualityGapRules.Find(figures, [new("x", "0512", direction, 0.001)], Populations, [9]));
        Assert.Equal(worsening ? QualityGapRules.WorseAndWorsening : QualityGapRules.WorseThanBenchmark, gap.Rule);
        Assert.Equal(worsening ? 1.0 : 0.75, gap.Severity); // worst at 99.8 %: 0.75, and 0.25 more when worsening
    }

    [Fact]
    public void An_indicator_without_polarity_gives_no_gap()
    {
        IndicatorFigure[] figures = [new("x", "0512", [9], Polarity.None, 5, 4, 6, ComparisonOutcome.MuchHigher, ComparisonOutcome.Higher)];
        Assert.Empty(QualityGapRules.Find(figures, [], Populations, [9]));
    }
}
