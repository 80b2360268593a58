namespace ClinicalProject.PopulationProfiling.Engine.Tests;

/// <summary>
/// Every expected figure below is worked by hand from <see cref="TinyProfile"/>'s numbers with the closed forms
/// of domain.md written out in the test (Byar's formula, Wilson's, the DSR sums); the exact Poisson limits
/// of 4 come from scipy (chi2.ppf(0.025, 8)/2 = 1.089865373626325, chi2.ppf(0.975, 10)/2 = 10.241588675403694).
/// </summary>
public sealed class HandWorkedProfileTests
{
    private static readonly double Z95 = 1.959963984540054;
    private static readonly double Z998 = 3.090232306167813;

    private static double ByarLower(double x, double z) => x * Math.Pow(1 - 1 / (9 * x) - z / (3 * Math.Sqrt(x)), 3);

    private static double ByarUpper(double x, double z) =>
        (x + 1) * Math.Pow(1 - 1 / (9 * (x + 1)) + z / (3 * Math.Sqrt(x + 1)), 3);

    private static void Near(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void Counts_roll_up_from_the_das_at_every_level()
    {
        var model = TinyProfile.Model();
        var result = ProfileEngine.Compute(model, TinyProfile.Input(MeasureType.Count, 1)).Single();
        var tree = model.Tree;

        Assert.Equal(16, result.Territories.Count[tree["A"]]);
        Assert.Equal(46, result.Territories.Count[tree["B"]]);
        Assert.Equal(62, result.Territories.Count[tree["P"]]);
        Assert.Equal(2070, result.Territories.Denominator[tree["A"]]);
        Assert.Equal(4400, result.Territories.Denominator[tree["P"]]);
    }

    [Fact]
    public void Crude_rate_of_an_rls_is_its_das_counts_over_their_population_with_byar_limits()
    {
        var model = TinyProfile.Model();
        var result = ProfileEngine.Compute(model, TinyProfile.Input(MeasureType.CrudeRate, 1000)).Single();
        var a = model.Tree["A"];

        // 16 / 2070 × 1000, not the mean of a1's and a2's rates.
        Near(16.0 / 2070 * 1000, result.Territories.Value[a]);
        Near(ByarLower(16, Z95) / 2070 * 1000, result.Territories.Lower95[a]);
        Near(ByarUpper(16, Z95) / 2070 * 1000, result.Territories.Upper95[a]);
        Near(ByarLower(16, Z998) / 2070 * 1000, result.Territories.Lower998[a]);
        Near(ByarUpper(16, Z998) / 2070 * 1000, result.Territories.Upper998[a]);
        Assert.Equal(IntervalMethod.Byar, result.Territories.Method[a]);

        var a1 = model.Tree["a1"];
        Near(4.0 / 890 * 1000, result.Territories.Value[a1]);
        Assert.True(Math.Abs(1.089865373626325 / 890 * 1000 - result.Territories.Lower95[a1]) < 1e-6 * 1.2);
        Assert.True(Math.Abs(10.241588675403694 / 890 * 1000 - result.Territories.Upper95[a1]) < 1e-6 * 11.5);
        Assert.Equal(IntervalMethod.ExactPoisson, result.Territories.Method[a1]);
    }

    [Fact]
    public void Proportion_uses_wilson_on_the_aggregated_counts()
    {
        var model = TinyProfile.Model();
        var result = ProfileEngine.Compute(model, TinyProfile.Input(MeasureType.Proportion, 100, Polarity.HighIsGood)).Single();
        var b = model.Tree["B"];

        double x = 46, n = 2330, z2 = Z95 * Z95;
        var root = Z95 * Math.Sqrt(z2 + 4 * x * (1 - x / n));
        Near(x / n * 100, result.Territories.Value[b]);
        Near((2 * x + z2 - root) / (2 * (n + z2)) * 100, result.Territories.Lower95[b]);
        Near((2 * x + z2 + root) / (2 * (n + z2)) * 100, result.Territories.Upper95[b]);
    }

    [Fact]
    public void Dsr_pools_sexes_within_age_bands_and_uses_dobson_limits()
    {
        var model = TinyProfile.Model();
        var result = ProfileEngine.Compute(model, TinyProfile.Input(MeasureType.DirectlyStandardisedRate, 100_000)).Single();
        var a = model.Tree["A"];

        // A: 0-64 → 6 events / 1800; 65+ → 10 / 270; weights 80,000 and 20,000 (Σ 100,000).
        var dsr = (6 * 80_000.0 / 1800 + 10 * 20_000.0 / 270) / 100_000;
        var variance = (6 * Math.Pow(80_000.0 / 1800, 2) + 10 * Math.Pow(20_000.0 / 270, 2)) / Math.Pow(100_000, 2);
        var spread = Math.Sqrt(variance / 16);
        Near(dsr * 100_000, result.Territories.Value[a]);
        Near((dsr + spread * (ByarLower(16, Z95) - 16)) * 100_000, result.Territories.Lower95[a]);
        Near((dsr + spread * (ByarUpper(16, Z998) - 16)) * 100_000, result.Territories.Upper998[a]);
        Assert.Equal(IntervalMethod.Dobson, result.Territories.Method[a]);

        // a1 has 4 events: a DSR is not published below 10.
        Assert.Equal(MeasureStatus.NotCalculated, result.Territories.Status[model.Tree["a1"]]);
        Assert.True(double.IsNaN(result.Territories.Value[model.Tree["a1"]]));
    }

    [Fact]
    public void Smr_is_standardised_on_the_province_rates_of_the_same_period()
    {
        var model = TinyProfile.Model();
        var result = ProfileEngine.Compute(model, TinyProfile.Input(MeasureType.IndirectlyStandardisedRatio, 100)).Single();
        var a = model.Tree["A"];

        // Province strata: counts [8, 9, 26, 19] over [1900, 1850, 350, 300]; A's populations [900, 900, 150, 120].
        var expected = 8.0 / 1900 * 900 + 9.0 / 1850 * 900 + 26.0 / 350 * 150 + 19.0 / 300 * 120;
        Near(expected, result.Territories.Expected[a]);
        Near(16 / expected * 100, result.Territories.Value[a]);
        Near(ByarLower(16, Z95) / expected * 100, result.Territories.Lower95[a]);
        // The province against itself: O = E, ratio 100.
        Near(100, result.Territories.Value[model.Tree["P"]]);
    }

    [Fact]
    public void Mean_adds_sums_of_values_and_squares()
    {
        var tree = TinyProfile.Tree();
        var model = TinyProfile.Model();
        var n = new LeafCube<int>(1, 3, 4);
        var sums = new LeafCube<double>(1, 3, 4);
        var squares = new LeafCube<double>(1, 3, 4);
        // a1 holds the values 10 and 20, a2 the values 30 and 40, b1 the values 50 and 60.
        Set(tree, n, sums, squares, "a1", 0, 10);
        Set(tree, n, sums, squares, "a1", 2, 20);
        Set(tree, n, sums, squares, "a2", 0, 30);
        Set(tree, n, sums, squares, "a2", 1, 40);
        Set(tree, n, sums, squares, "b1", 3, 50);
        Set(tree, n, sums, squares, "b1", 3, 60);
        var input = new IndicatorData(new IndicatorDefinition("AGE", MeasureType.Mean, 1, Polarity.None), n, null, sums, squares);

        var result = ProfileEngine.Compute(model, input).Single();
        var a = tree["A"];

        // A: 10, 20, 30, 40 → mean 25, s = √(500/3), t(0.975; 3) = 3.182446305284263 (scipy).
        var half = 3.182446305284263 * Math.Sqrt(500.0 / 3) / 2;
        Near(25, result.Territories.Value[a]);
        Near(25 - half, result.Territories.Lower95[a]);
        Near(25 + half, result.Territories.Upper95[a]);
        Assert.Equal(IntervalMethod.StudentT, result.Territories.Method[a]);
    }

    [Fact]
    public void Territories_are_compared_with_their_parent_and_the_province()
    {
        var model = TinyProfile.Model();
        var result = ProfileEngine.Compute(model, TinyProfile.Input(MeasureType.CrudeRate, 1000, Polarity.LowIsGood)).Single();
        var a = model.Tree["A"];
        var b = model.Tree["B"];

        // A: 7.73 per 1000 (99.8 % upper Byar(16)/2070 ≈ 14.6); P: 62/4400 = 14.09 → A's 95 % upper ≈ 12.6 < 14.09,
        // its 99.8 % upper > 14.09 → better at 95 % only: "Better".
        Assert.True(ByarUpper(16, Z95) / 2070 * 1000 < 62.0 / 4400 * 1000);
        Assert.True(ByarUpper(16, Z998) / 2070 * 1000 > 62.0 / 4400 * 1000);
        Assert.Equal(ComparisonOutcome.Better, result.VersusParent[a]);
        Assert.Equal(ComparisonOutcome.Better, result.VersusProvince[a]);
        // B: 19.74 per 1000, 95 % lower Byar(46)/2330 ≈ 14.45 > 14.09; 99.8 % lower ≈ 12.8 < 14.09 → "Worse".
        Assert.True(ByarLower(46, Z95) / 2330 * 1000 > 62.0 / 4400 * 1000);
        Assert.Equal(ComparisonOutcome.Worse, result.VersusProvince[b]);
        Assert.Equal(ComparisonOutcome.NotCompared, result.VersusParent[model.Tree["P"]]);
    }

    [Fact]
    public void Small_counts_and_the_cells_that_would_reveal_them_are_withheld()
    {
        var model = TinyProfile.Model();
        var result = ProfileEngine.Compute(model, TinyProfile.Input(MeasureType.CrudeRate, 1000)).Single();
        var tree = model.Tree;

        // a1 = 4 < 5 (primary); A = 16 is published, so a2 = A − a1 would reveal it: a2 withheld (secondary).
        Assert.Equal(SuppressionStatus.Primary, result.Territories.Suppression[tree["a1"]]);
        Assert.Equal(SuppressionStatus.Secondary, result.Territories.Suppression[tree["a2"]]);
        Assert.Equal(SuppressionStatus.Published, result.Territories.Suppression[tree["A"]]);
        Assert.Equal(SuppressionStatus.Published, result.Territories.Suppression[tree["b1"]]);

        var a1 = result.Published("a1");
        Assert.Null(a1.Figure.Count);
        Assert.Null(a1.Figure.At95);
        Assert.Equal(ComparisonOutcome.NotCompared, a1.VersusProvince);
        var shown = result.Published("A");
        Assert.Equal(16, shown.Figure.Count);
        Assert.NotNull(shown.Figure.At998);
    }

    [Fact]
    public void A_proportion_whose_complement_is_small_is_withheld_with_the_cells_that_would_reveal_it()
    {
        var model = TinyProfile.Model();
        var tree = model.Tree;
        var proportion = TinyProfile.Input(MeasureType.Proportion, 100);
        var denominators = new LeafCube<int>(1, 3, 4);
        new[] { 400, 380, 60, 50 }.CopyTo(denominators.Row(0, tree["a1"]));
        new[] { 500, 520, 90, 70 }.CopyTo(denominators.Row(0, tree["a2"]));
        // b1: 46 of 48 people (counts 5, 6, 20, 15 of 5, 6, 20, 17): publishing 46 and 48 tells that 2 are not.
        new[] { 5, 6, 20, 17 }.CopyTo(denominators.Row(0, tree["b1"]));
        var result = ProfileEngine.Compute(model, proportion with { Denominators = denominators }).Single();

        // b1's complement 2 < 5, and B's (B is b1 alone): both primary; P = A + B is published, so A would
        // reveal B (A withheld, secondary); a1 = 4 stays primary on its own count.
        Assert.Equal(SuppressionStatus.Primary, result.Territories.Suppression[tree["b1"]]);
        Assert.Equal(SuppressionStatus.Primary, result.Territories.Suppression[tree["B"]]);
        Assert.Equal(SuppressionStatus.Secondary, result.Territories.Suppression[tree["A"]]);
        Assert.Equal(SuppressionStatus.Published, result.Territories.Suppression[tree["P"]]);
        Assert.Equal(SuppressionStatus.Primary, result.Territories.Suppression[tree["a1"]]);
        Assert.Null(result.Published("b1").Figure.Count);
        Assert.Equal(62, result.Published("P").Figure.Count);

        // A rate's denominator is person-time, not people who could have been counted: no complement to protect.
        var rate = ProfileEngine.Compute(model, TinyProfile.Input(MeasureType.CrudeRate, 1000) with { Denominators = denominators }).Single();
        Assert.Equal(SuppressionStatus.Published, rate.Territories.Suppression[tree["b1"]]);
    }

    [Fact]
    public void Quintile_breakdown_adds_das_by_quintile_and_is_suppressed_with_the_hierarchy()
    {
        var model = TinyProfile.Model();
        var result = ProfileEngine.Compute(model, TinyProfile.Input(MeasureType.CrudeRate, 1000)).Single();
        var q = result.Quintiles!;
        var tree = model.Tree;

        Assert.Equal(4, q.Columns.Count[q.Cell(tree["A"], 1)]);
        Assert.Equal(12, q.Columns.Count[q.Cell(tree["A"], 5)]);
        Assert.Equal(58, q.Columns.Count[q.Cell(tree["P"], 5)]);
        Assert.Equal(1180 + 2330, q.Columns.Denominator[q.Cell(tree["P"], 5)]);
        Near(58.0 / 3510 * 1000, q.Columns.Value[q.Cell(tree["P"], 5)]);
        // (A, Q1) = 4 is small; A = Q1 + Q5 is published → (A, Q5) withheld. Empty quintiles are structural zeros.
        Assert.Equal(SuppressionStatus.Primary, q.Columns.Suppression[q.Cell(tree["A"], 1)]);
        Assert.Equal(SuppressionStatus.Secondary, q.Columns.Suppression[q.Cell(tree["A"], 5)]);
        Assert.Equal(SuppressionStatus.Published, q.Columns.Suppression[q.Cell(tree["A"], 3)]);
        Assert.Equal(SuppressionStatus.Published, q.Columns.Suppression[tree["A"]]);
    }

    [Fact]
    public void Projected_need_applies_base_rates_to_projected_populations()
    {
        var model = TinyProfile.Model();
        var input = TinyProfile.Input(MeasureType.CrudeRate, 1000);
        var projected = new Dictionary<string, double[]> { ["A"] = [1000, 1000, 200, 200] };

        var own = NeedProjector.Project(model, input, 0, projected).Single();
        var provincial = NeedProjector.Project(model, input, 0, projected, new ProjectionRates("province")).Single();

        // A's own rates: [3/900, 3/900, 6/150, 4/120]; the province's: [8/1900, 9/1850, 26/350, 19/300].
        Near(3.0 / 900 * 1000 + 3.0 / 900 * 1000 + 6.0 / 150 * 200 + 4.0 / 120 * 200, own.ExpectedCount);
        Near(8.0 / 1900 * 1000 + 9.0 / 1850 * 1000 + 26.0 / 350 * 200 + 19.0 / 300 * 200, provincial.ExpectedCount);
        Assert.Equal("P", provincial.RatesFrom);
        Assert.Equal(16, own.BaseCount);
        Assert.Equal(2400, own.ProjectedPopulation);
    }

    [Fact]
    public void An_age_band_filter_restricts_numerator_denominator_and_standard()
    {
        var model = TinyProfile.Model();
        var definition = new IndicatorDefinition("U65", MeasureType.CrudeRate, 1000, Polarity.LowIsGood, AgeBands: ["0-64"]);
        var result = ProfileEngine.Compute(model, TinyProfile.Input(MeasureType.CrudeRate, 1000) with { Definition = definition }).Single();

        // P under 65: counts 8 + 9 = 17 over 1900 + 1850.
        Assert.Equal(17, result.Territories.Count[model.Tree["P"]]);
        Near(17.0 / 3750 * 1000, result.Territories.Value[model.Tree["P"]]);
    }

    [Fact]
    public void A_proportion_above_one_names_its_place()
    {
        var model = TinyProfile.Model();
        var input = TinyProfile.Input(MeasureType.Proportion, 100);
        input.Numerators[0, model.Tree["b1"], 2] = 500;

        var error = Assert.Throws<ProfileInputException>(() => ProfileEngine.Compute(model, input));

        Assert.Equal("b1", error.Territory);
        Assert.Equal("2021", error.Period);
        Assert.Equal("65+/F", error.Stratum);
    }

    private static void Set(TerritoryTree tree, LeafCube<int> n, LeafCube<double> sums, LeafCube<double> squares,
        string code, int stratum, double value)
    {
        n.Add(0, tree[code], stratum, 1);
        sums.Add(0, tree[code], stratum, value);
        squares.Add(0, tree[code], stratum, value * value);
    }
}
