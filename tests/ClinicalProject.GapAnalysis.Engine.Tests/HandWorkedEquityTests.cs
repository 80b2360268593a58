using ClinicalProject.GapAnalysis.Engine.Equity;
using ClinicalProject.Statistics;

namespace ClinicalProject.GapAnalysis.Engine.Tests;

public sealed class HandWorkedEquityTests
{
    private static InequalityGroup[] Linear(params double[] values) =>
        values.Select((v, k) => new InequalityGroup($"G{k}", 1000, v, 0)).ToArray();

    [Fact]
    public void Values_rising_toward_the_least_deprived_give_a_positive_slope()
    {
        // Five equal groups: a = 0.2 each, ranks b = 0.1, 0.3, 0.5, 0.7, 0.9. Values 1 … 5 lie on v = 0.5 + 5b,
        // so β₀ = 0.5, β₁ = 5: SII = 5, RII = (0.5 + 5)/0.5 = 11. No standard error: the limits are the values.
        var result = SlopeIndexOfInequality.Compute(Linear(1, 2, 3, 4, 5), new(Repetitions: 1000));
        Close.Equal(5, result.Sii.Value);
        Close.Equal(11, result.Rii!.Value);
        Close.Equal(0.5, result.Intercept);
        Close.Equal(5, result.Sii.LowerCi);
        Close.Equal(5, result.Sii.UpperCi);
        Assert.Equal(IntervalMethod.Simulation, result.Sii.Method);
    }

    [Fact]
    public void Listing_the_groups_the_other_way_round_flips_the_sign()
    {
        // Values 5 … 1 from most to least deprived: v = 5.5 − 5b, SII = −5, RII = 0.5/5.5.
        var result = SlopeIndexOfInequality.Compute(Linear(5, 4, 3, 2, 1), new(Repetitions: 1000));
        Close.Equal(-5, result.Sii.Value);
        Close.Equal(0.5 / 5.5, result.Rii!.Value);
    }

    [Fact]
    public void Unequal_populations_move_the_ranks_to_the_midpoints_of_cumulative_shares()
    {
        // Populations 400, 100, 100, 100, 300 (shares .4 .1 .1 .1 .3): ranks .2, .45, .55, .65, .85; values = 2 + 10b
        // exactly, so the weighted fit recovers β₀ = 2, β₁ = 10 whatever the weights.
        double[] ranks = [0.2, 0.45, 0.55, 0.65, 0.85];
        double[] populations = [400, 100, 100, 100, 300];
        var groups = ranks.Select((b, k) => new InequalityGroup($"G{k}", populations[k], 2 + 10 * b, 0)).ToArray();
        var result = SlopeIndexOfInequality.Compute(groups, new(Repetitions: 1000));
        Close.Equal(10, result.Sii.Value);
        Close.Equal(12.0 / 2, result.Rii!.Value);
    }

    [Fact]
    public void The_same_seed_gives_the_same_limits()
    {
        var groups = Linear(1, 2, 3, 4, 5).Select(g => g with { StandardError = 0.3 }).ToArray();
        var first = SlopeIndexOfInequality.Compute(groups, new(Repetitions: 2000, Seed: 7));
        var second = SlopeIndexOfInequality.Compute(groups, new(Repetitions: 2000, Seed: 7));
        Assert.Equal(first.Sii, second.Sii);
        Assert.True(first.Sii.LowerCi < 5 && first.Sii.UpperCi > 5);
    }

    [Fact]
    public void Bad_groups_are_refused_with_the_field_named()
    {
        Assert.Equal("groups", Assert.Throws<InequalityInputException>(() =>
            SlopeIndexOfInequality.Compute(Linear(1, 2, 3, 4))).Field);
        var negative = Linear(1, 2, 3, 4, 5);
        negative[2] = negative[2] with { Population = -1 };
        Assert.Equal("groups[2].population", Assert.Throws<InequalityInputException>(() =>
            SlopeIndexOfInequality.Compute(negative)).Field);
        Assert.Equal("groups[0].value", Assert.Throws<InequalityInputException>(() =>
            SlopeIndexOfInequality.Compute(Linear(0, 0.2, 0.3, 0.4, 0.5), new(InequalityValueType.Proportion))).Field);
    }
}
