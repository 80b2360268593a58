using ClinicalProject.GapAnalysis.Computation;

namespace ClinicalProject.GapAnalysis.Tests.Computation;

public sealed class AccessEquityTests
{
    [Fact]
    public void Access_rising_linearly_from_the_most_to_the_least_deprived_gives_its_slope()
    {
        // One area of 100 people per quintile, access Q5 = 1 … Q1 = 5: ranks 0.1, 0.3, 0.5, 0.7, 0.9 from Q5 to Q1, so
        // the fitted line is 0.5 + 5 × rank: SII = 5, RII = (0.5 + 5) / 0.5 = 11; no spread within a quintile, so
        // standard errors are 0 and the simulated limits equal the estimate.
        var areas = Enumerable.Range(1, 5).Select(q => (100.0, (int?)q, 6.0 - q));
        var equity = AccessEquity.Compute(areas);
        Assert.Null(equity.NotComputed);
        Assert.Equal(5, equity.Sii!.Value, 9);
        Assert.Equal((5.0, 5.0), (Math.Round(equity.Sii.LowerCi, 9), Math.Round(equity.Sii.UpperCi, 9)));
        Assert.Equal(11, equity.Rii!.Value, 9);
        Assert.Equal([5, 4, 3, 2, 1], equity.Quintiles.Select(q => q.Quintile));
    }

    [Fact]
    public void A_quintiles_value_is_the_population_weighted_mean_with_the_spread_of_its_areas()
    {
        // Q3: 100 people at 1 and 300 at 3: mean 2.5; weighted variance (100 × 2.25 + 300 × 0.25) / 400 = 0.75; se √(0.75 / 2).
        var areas = new (double, int?, double)[] { (100, 3, 1), (300, 3, 3), (50, null, 9) };
        var equity = AccessEquity.Compute(areas);
        var q3 = Assert.Single(equity.Quintiles);
        Assert.Equal((400.0, 2.5, 2), (q3.Population, q3.Access, q3.Areas));
        Assert.Equal(Math.Sqrt(0.75 / 2), q3.StandardError, 12);
        Assert.Null(equity.Sii);
        Assert.Contains("only 1", equity.NotComputed, StringComparison.Ordinal);
    }
}
