namespace ClinicalProject.Statistics.Tests;

public sealed class LinearTrendTests
{
    [Fact]
    public void Fewer_than_five_periods_give_no_trend()
    {
        var result = LinearTrend.ForRates([10, 20, 30, 40], [1000, 1000, 1000, 1000]);

        Assert.Equal(TrendDirection.NotCalculated, result.Direction);
        Assert.Equal(4, result.Periods);
        Assert.True(double.IsNaN(result.PValue));
    }

    [Fact]
    public void Missing_periods_are_left_out_and_counted()
    {
        var result = LinearTrend.ForRates([10, double.NaN, 30, 40, 50, 60], [1000, 1000, 1000, 1000, 1000, 1000]);

        Assert.Equal(5, result.Periods);
        Assert.Equal(TrendDirection.Increasing, result.Direction);
    }

    [Fact]
    public void Flat_series_shows_no_significant_change_by_hand()
    {
        // Identical rates: every xᵢ = eᵢ, so T = 0 and χ² = 0, p = 1.
        var result = LinearTrend.ForRates([50, 50, 50, 50, 50], [1000, 1000, 1000, 1000, 1000]);

        Assert.Equal(0, result.Statistic);
        Assert.Equal(1, result.PValue);
        Assert.Equal(TrendDirection.NoSignificantChange, result.Direction);
    }

    [Fact]
    public void Rate_trend_by_hand()
    {
        // x = 10, 20, 30, 40, 50 over equal n; t = 0…4: e = 30 each; T = Σt(x − e) = 0·(−20) + 1·(−10) + 0 + 3·10 + 4·20 = 100;
        // V = Σt²e − (Σte)²/Σe = 30·30 − 300²/150 = 900 − 600 = 300; χ² = 100²/300 = 33.33….
        var result = LinearTrend.ForRates([10, 20, 30, 40, 50], [1000, 1000, 1000, 1000, 1000]);

        Close.Equal(10000.0 / 300, result.Statistic);
        Assert.Equal(TrendDirection.Increasing, result.Direction);
    }

    [Fact]
    public void Decreasing_proportions_with_year_scores()
    {
        var result = LinearTrend.ForProportions([60, 50, 40, 30, 20], [100, 100, 100, 100, 100], [2019, 2020, 2021, 2022, 2023]);

        Assert.Equal(TrendDirection.Decreasing, result.Direction);
        Assert.Throws<ArgumentException>(() => LinearTrend.ForProportions([1, 2, 3, 4, 200], [100, 100, 100, 100, 100]));
    }
}
