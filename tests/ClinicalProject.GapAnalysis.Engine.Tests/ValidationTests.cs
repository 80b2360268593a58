using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.GapAnalysis.Engine.Tests;

public sealed class ValidationTests
{
    private static readonly DemandPoint[] Areas = [new("a", 100, 45, -72), new("b", 300, 45.1, -72)];
    private static readonly SupplyPoint[] Sites = [new("x", 10, 45, -72.1)];

    private static AccessibilityInputException Refused(IReadOnlyList<DemandPoint> demand,
        IReadOnlyList<SupplyPoint> supply, CostSource cost, CatchmentParameters? parameters = null) =>
        Assert.Throws<AccessibilityInputException>(() =>
            FloatingCatchment.Compute(demand, supply, cost, parameters ?? new()));

    [Fact]
    public void Negative_and_non_finite_amounts_are_named_by_row_and_field()
    {
        var error = Refused([new("a", -1, 45, -72), new("b", double.NaN, 45, -72)],
            [new("x", double.PositiveInfinity, 45, -72)], new GreatCircleCost(50));
        Assert.Equal(["demand[0].demand", "demand[1].demand", "supply[0].supply"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Duplicate_codes_and_ids_are_refused()
    {
        var error = Refused([.. Areas, new("a", 1, 45, -72)], [.. Sites, new("x", 1, 45, -72)], new GreatCircleCost(50));
        Assert.Equal(["demand[2].code", "supply[1].id"], error.Errors.Select(e => e.Field));
        Assert.Contains("demand[0]", error.Errors[0].Message);
    }

    [Fact]
    public void Matrix_entries_naming_unknown_points_or_repeating_a_pair_or_with_bad_minutes_are_refused()
    {
        var error = Refused(Areas, Sites, new TravelTimeMatrix(
        [
            new("a", "x", 5), new("zz", "x", 5), new("a", "nowhere", 5), new("b", "x", -2), new("a", "x", 7),
        ]));
        Assert.Equal(
            ["travelTimes[1].originCode", "travelTimes[2].siteId", "travelTimes[3].minutes", "travelTimes[4]"],
            error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Bad_coordinates_speed_and_parameters_are_refused()
    {
        var error = Refused([new("a", 1, 91, -72)], [new("x", 1, 45, double.NaN)], new GreatCircleCost(0),
            new(CatchmentMethod.EnhancedTwoStep, -5) { StepWeights = [new(20, 1), new(10, 0.5)] });
        Assert.Equal(
        [
            "parameters.catchmentMinutes", "parameters.stepWeights[1].upToMinutes", "demand[0].latitude",
            "supply[0].longitude", "cost.speedKmPerHour",
        ], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_network_refuses_a_catchment_beyond_the_one_it_was_built_for_and_amounts_of_the_wrong_length()
    {
        var network = CatchmentNetwork.Build(Areas, Sites, new GreatCircleCost(50), 30);
        var tooWide = Assert.Throws<AccessibilityInputException>(() => network.Compute(new(CatchmentMethod.TwoStep, 45)));
        Assert.Equal("parameters.catchmentMinutes", tooWide.Errors.Single().Field);
        var wrongLength = Assert.Throws<AccessibilityInputException>(() =>
            network.Compute(new(CatchmentMethod.TwoStep), [1.0], [1.0]));
        Assert.Equal("demand", wrongLength.Errors.Single().Field);
    }

    [Fact]
    public void Need_weighted_demand_is_population_times_use_rate_summed_over_strata()
    {
        // a: 100 × 0.1 + 50 × 0.3 = 10 + 15 = 25; b: 200 × 0.1 = 20.
        var users = NeedWeightedDemand.ExpectedUsers(
            [new("a", "0-64", 100), new("a", "65+", 50), new("b", "0-64", 200)],
            [new("0-64", 0.1), new("65+", 0.3)]);
        Assert.Equal(["a", "b"], users.Select(u => u.Key));
        Close.Equal(25, users[0].Value);
        Close.Equal(20, users[1].Value);
        var missing = Assert.Throws<AccessibilityInputException>(() =>
            NeedWeightedDemand.ExpectedUsers([new("a", "85+", 1)], [new("0-64", 0.1)]));
        Assert.Equal("populations[0].stratum", missing.Errors.Single().Field);
    }
}
