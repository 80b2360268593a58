namespace ClinicalProject.PopulationProfiling.Engine.Tests;

public sealed class TrendProfileTests
{
    [Fact]
    public void Trend_over_five_periods_by_hand()
    {
        // One DA under one RLS under the province; population 1000 every year; counts 10, 20, 30, 40, 50.
        // Poisson score test with t = 0…4: e = 30 each, T = Σt(x − e) = 100, V = Σt²e − (Σte)²/Σe = 900 − 600 = 300,
        // χ² = 100²/300 = 33.33 → increasing.
        var tree = new TerritoryTree([new("d", "da", "r"), new("r", "rls", "p"), new("p", "province", null)]);
        var strata = new StrataLayout(["all"], ["all"]);
        var population = new LeafCube<double>(5, 1, 1, [1000, 1000, 1000, 1000, 1000]);
        var counts = new LeafCube<int>(5, 1, 1, [10, 20, 30, 40, 50]);
        var model = new ProfileModel(tree, strata, ["2019", "2020", "2021", "2022", "2023"], population);
        var input = new IndicatorData(new IndicatorDefinition("X", MeasureType.CrudeRate, 1000, Polarity.LowIsGood), counts);

        var profile = ProfileEngine.ComputeAll(model, [input]).Single();
        var trend = profile.Trends[tree["p"]];

        Assert.Equal(TrendDirection.Increasing, trend.Direction);
        Assert.Equal(TrendMethod.ChiSquareRates, trend.Method);
        Assert.Equal(10000.0 / 300, trend.Statistic, 9);
        Assert.Equal(5, trend.Periods);
        Assert.Equal(["2019", "2020", "2021", "2022", "2023"], profile.Periods.Select(p => p.Period));
    }

    [Fact]
    public void Fewer_than_five_periods_give_no_trend()
    {
        var (model, inputs) = SyntheticProfile.Create(10, periods: 4);

        var profile = ProfileEngine.ComputeAll(model, [inputs[0]]).Single();

        Assert.All(profile.Trends, t => Assert.Equal(TrendDirection.NotCalculated, t.Direction));
    }

    [Fact]
    public void Standardised_rates_trend_by_weighted_regression()
    {
        var (model, inputs) = SyntheticProfile.Create(11);

        var profile = ProfileEngine.ComputeAll(model, [inputs[1]]).Single();

        Assert.Equal(TrendMethod.WeightedRegression, profile.Trends[model.Tree.Root].Method);
        Assert.NotEqual(TrendDirection.NotCalculated, profile.Trends[model.Tree.Root].Direction);
    }
}
