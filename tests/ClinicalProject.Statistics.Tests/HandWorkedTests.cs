namespace ClinicalProject.Statistics.Tests;

/// <summary>Small cases worked by hand (closed forms written out in each test), and the rules' edges.</summary>
public sealed class HandWorkedTests
{
    [Fact]
    public void Confidence_levels_carry_the_normal_quantiles_of_domain_md()
    {
        Assert.Equal(1.959964, ConfidenceLevel.Percent95.Z, 6);
        Assert.Equal(3.090232, ConfidenceLevel.Percent99Point8.Z, 6);
    }

    [Theory]
    [InlineData(95)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void Confidence_level_must_be_a_fraction(double level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(level));

    [Fact]
    public void Exact_limits_of_zero_and_one_have_closed_forms()
    {
        // χ²(p; 2)/2 = −ln(1 − p): x = 0 → U = −ln(α/2) = ln 40; x = 1 → L = −ln(1 − α/2) = −ln 0.975.
        var at95 = ConfidenceLevel.Percent95;
        Assert.Equal(0, PoissonInterval.Lower(0, at95));
        Close.Equal(Math.Log(40), PoissonInterval.Upper(0, at95));
        Close.Equal(-Math.Log(0.975), PoissonInterval.Lower(1, at95));
        Assert.Equal(IntervalMethod.ExactPoisson, PoissonInterval.MethodFor(9));
        Assert.Equal(IntervalMethod.Byar, PoissonInterval.MethodFor(10));
    }

    [Fact]
    public void Byar_at_one_hundred_by_hand()
    {
        // x = 100, z = 1.959964: L = 100(1 − 1/900 − 1.959964/30)³; U = 101(1 − 1/909 + 1.959964/(3√101))³.
        var z = ConfidenceLevel.Percent95.Z;
        var lower = 100 * Math.Pow(1 - 1.0 / 900 - z / 30, 3);
        var upper = 101 * Math.Pow(1 - 1.0 / 909 + z / (3 * Math.Sqrt(101)), 3);
        Assert.Equal(81.36, lower, 2);
        Assert.Equal(121.63, upper, 2);
        Close.Equal(lower, PoissonInterval.Lower(100, ConfidenceLevel.Percent95));
        Close.Equal(upper, PoissonInterval.Upper(100, ConfidenceLevel.Percent95));
    }

    [Fact]
    public void Crude_rate_scales_count_limits_by_population_and_multiplier()
    {
        var estimate = CrudeRate.Compute(100, 50_000, ConfidenceLevel.Percent95);

        Assert.Equal(200, estimate.Value, 9);
        Close.Equal(PoissonInterval.Lower(100, ConfidenceLevel.Percent95) * 2, estimate.LowerCi);
        Close.Equal(PoissonInterval.Upper(100, ConfidenceLevel.Percent95) * 2, estimate.UpperCi);
    }

    [Fact]
    public void Rates_and_proportions_refuse_impossible_inputs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CrudeRate.Compute(3, 0, ConfidenceLevel.Percent95));
        Assert.Throws<ArgumentOutOfRangeException>(() => CrudeRate.Compute(-1, 10, ConfidenceLevel.Percent95));
        var overflow = Assert.Throws<ArgumentException>(() => Proportion.Wilson(11, 10, ConfidenceLevel.Percent95));
        Assert.Contains("exceeds the denominator", overflow.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(1, 0, ConfidenceLevel.Percent95));
    }

    [Fact]
    public void Wilson_interval_of_all_successes_ends_at_one()
    {
        // x = n = 20: U = 1 (up to rounding); L = 20/(20 + z²) = 2n/(2(n + z²)) since the root is z·z.
        var estimate = Proportion.Wilson(20, 20, ConfidenceLevel.Percent95);
        var z2 = ConfidenceLevel.Percent95.Z * ConfidenceLevel.Percent95.Z;
        Close.Equal(1, estimate.UpperCi);
        Close.Equal(20 / (20 + z2), estimate.LowerCi);
    }

    [Fact]
    public void Dsr_is_not_published_below_ten_events()
    {
        double[] counts = [1, 2, 3, 3];
        double[] populations = [100, 100, 100, 100];
        double[] weights = [1, 1, 1, 1];

        var result = DirectlyStandardisedRate.Compute(counts, populations, weights, ConfidenceLevel.Percent95);

        Assert.Equal(9, result.Observed);
        Assert.Null(result.Rate);
        Assert.False(result.IsPublished);
    }

    [Fact]
    public void Dsr_with_equal_weights_and_populations_equals_the_crude_rate()
    {
        // Equal weights, equal nᵢ = 1000: DSR = Σxᵢ/(4 × 1000) = 40/4000 = 1,000 per 100,000.
        var result = DirectlyStandardisedRate.Compute([10, 10, 10, 10], [1000, 1000, 1000, 1000], [1, 1, 1, 1],
            ConfidenceLevel.Percent95);

        Assert.NotNull(result.Rate);
        Close.Equal(1000, result.Rate.Value);
        // var = Σx(w/n)²/(Σw)² = 40e-6/16; √(var/O) = √(1e-6/16) = 1/4000 → limits = (O_L, O_U)/4000 × 1e5.
        Close.Equal(PoissonInterval.Lower(40, ConfidenceLevel.Percent95) / 4000 * 100_000, result.Rate.LowerCi);
    }

    [Fact]
    public void Dsr_refuses_events_without_population()
    {
        Assert.Throws<ArgumentException>(() =>
            DirectlyStandardisedRate.Compute([5, 6], [0, 10], [1, 1], ConfidenceLevel.Percent95));
    }

    [Fact]
    public void Smr_by_hand()
    {
        // Reference rates 0.01 and 0.02; area populations 1000 and 500 → E = 10 + 10 = 20; O = 30 → 1.5.
        var result = IndirectlyStandardisedRatio.Compute([10, 20], [1000, 500], [100, 400], [10_000, 20_000],
            ConfidenceLevel.Percent95, IndirectlyStandardisedRatio.PercentScale);

        Close.Equal(20, result.Expected);
        Assert.NotNull(result.Ratio);
        Close.Equal(150, result.Ratio.Value);
        Close.Equal(PoissonInterval.Lower(30, ConfidenceLevel.Percent95) / 20 * 100, result.Ratio.LowerCi);
        Assert.Null(IndirectlyStandardisedRatio.FromObservedExpected(3, 0, ConfidenceLevel.Percent95).Ratio);
    }

    [Fact]
    public void Mean_from_sums_equals_mean_from_values()
    {
        double[] values = [2, 4, 4, 4, 5, 5, 7, 9];
        // Mean 5, sample variance 32/7.
        var estimate = Mean.FromSums(8, 40, 232, ConfidenceLevel.Percent95);
        Assert.Equal(5, estimate.Value);
        Close.Interval(Mean.Compute(values, ConfidenceLevel.Percent95), 5, estimate.LowerCi, estimate.UpperCi);
        Assert.Throws<ArgumentOutOfRangeException>(() => Mean.Compute([1], ConfidenceLevel.Percent95));
    }

    [Fact]
    public void European_standard_population_2013_has_nineteen_bands_summing_to_100000()
    {
        var esp = StandardPopulation.European2013;
        Assert.Equal(19, esp.Count);
        Assert.Equal(100_000, esp.TotalWeight);
        Assert.Equal("90+", esp.Strata[^1]);
        Assert.Equal(1000, esp.Weights[^1]);
    }

    [Fact]
    public void Standard_weights_follow_the_data_band_order_by_label()
    {
        var standard = new StandardPopulation("Test", ["0-64", "65+"], [80, 20]);

        Assert.Equal([20.0, 80.0], standard.WeightsFor(["65+", "0-64"]));
        Assert.Throws<ArgumentException>(() => standard.WeightsFor(["65+", "0-14"]));
        Assert.Throws<ArgumentException>(() => new StandardPopulation("Bad", ["a", "a"], [1, 1]));
        Assert.Throws<ArgumentException>(() => new StandardPopulation("Bad", ["a", "b"], [0, 0]));
    }
}
