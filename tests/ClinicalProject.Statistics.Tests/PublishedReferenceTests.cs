namespace ClinicalProject.Statistics.Tests;

/// <summary>
/// Values published by others, checked to 1e-6 relative (or to the digits published).
/// Sources:
/// <list type="bullet">
/// <item>PHEindicatormethods, "Introduction to PHEindicatormethods" vignette (inst/doc/PHEindicatormethodsIntroVignette.html,
/// 2018-04-25, ukhsa-collaboration/PHEindicatormethods): printed data frame df (obs, pop) and the printed
/// outputs of phe_proportion, phe_rate and phe_mean.</item>
/// <item>PHEindicatormethods DSR vignette (inst/doc/DSR-vignette.html): pops2/deaths2 example, phe_dsr output
/// 8283.016 (6570.819, 10289.65).</item>
/// <item>Newcombe RG (1998), Two-sided confidence intervals for the single proportion, Stat Med 17:857–872,
/// Table I, method 3 (Wilson score without continuity correction), published to 4 decimals.</item>
/// </list>
/// </summary>
public sealed class PublishedReferenceTests
{
    // area, year, obs, pop as printed in the vignette.
    public static TheoryData<int, int, double, double, double, double> ProportionsAt95 => new()
    {
        { 87, 131, 0.664122137, 0.579592491, 0.73930053, 0.95 },
        { 1, 164, 0.006097561, 0.001077181, 0.03372625, 0.95 },
        { 44, 134, 0.328358209, 0.254598570, 0.41168471, 0.95 },
        { 13, 109, 0.119266055, 0.071039739, 0.19341500, 0.95 },
        { 83, 131, 0.633587786, 0.548367919, 0.71119617, 0.95 },
        { 7, 139, 0.050359712, 0.024605552, 0.10029837, 0.95 },
        { 43, 137, 0.313868613, 0.242136529, 0.39575419, 0.95 },
        { 5, 163, 0.030674847, 0.013172190, 0.06978956, 0.95 },
        { 87, 131, 0.664122137, 0.5293576135, 0.77658434, 0.998 },
        { 1, 164, 0.006097561, 0.0005322047, 0.06601672, 0.998 },
        { 44, 134, 0.328358209, 0.2181147658, 0.46143836, 0.998 },
        { 13, 109, 0.119266055, 0.0529712429, 0.24689949, 0.998 },
        { 83, 131, 0.633587786, 0.4985908973, 0.75043163, 0.998 },
        { 7, 139, 0.050359712, 0.0167360401, 0.14179381, 0.998 },
        { 43, 137, 0.313868613, 0.2069168113, 0.44507799, 0.998 },
        { 5, 163, 0.030674847, 0.0084801369, 0.10481797, 0.998 },
    };

    [Theory]
    [MemberData(nameof(ProportionsAt95))]
    public void Wilson_matches_phe_proportion(int x, int n, double value, double lower, double upper, double level)
    {
        var estimate = Proportion.Wilson(x, n, new ConfidenceLevel(level));

        Close.Interval(estimate, value, lower, upper);
        Assert.Equal(IntervalMethod.WilsonScore, estimate.Method);
        Assert.Equal(level, estimate.Confidence);
    }

    [Fact]
    public void Wilson_as_percentage_matches_phe_proportion_percentage()
    {
        // phe_proportion(df, obs, pop, percentage = TRUE): Area1 2015.
        Close.Interval(Proportion.Wilson(87, 131, ConfidenceLevel.Percent95, multiplier: 100),
            66.4122137, 57.9592491, 73.930053);
    }

    public static TheoryData<int, int, double, double, double, IntervalMethod> RatesPer100000At95 => new()
    {
        { 87, 131, 66412.2137, 53191.89721, 81920.133, IntervalMethod.Byar },
        { 1, 164, 609.7561, 15.43769, 3397.344, IntervalMethod.ExactPoisson },
        { 44, 134, 32835.8209, 23856.24577, 44081.622, IntervalMethod.Byar },
        { 13, 109, 11926.6055, 6344.25775, 20396.080, IntervalMethod.Byar },
        { 83, 131, 63358.7786, 50463.30549, 78543.665, IntervalMethod.Byar },
        { 7, 139, 5035.9712, 2024.72162, 10376.025, IntervalMethod.ExactPoisson },
        { 43, 137, 31386.8613, 22712.53344, 42278.943, IntervalMethod.Byar },
        { 5, 163, 3067.4847, 996.00392, 7158.486, IntervalMethod.ExactPoisson },
    };

    [Theory]
    [MemberData(nameof(RatesPer100000At95))]
    public void Crude_rate_matches_phe_rate(int x, int n, double value, double lower, double upper, IntervalMethod method)
    {
        var estimate = CrudeRate.Compute(x, n, ConfidenceLevel.Percent95);

        Close.Interval(estimate, value, lower, upper);
        Assert.Equal(method, estimate.Method);
    }

    public static TheoryData<int, int, double, double, double> RatesPer100At998 => new()
    {
        { 87, 131, 66.4122137, 46.54873, 91.51034 },
        { 1, 164, 0.6097561, 6.100612e-04, 5.63013 },
        { 44, 134, 32.8358209, 19.61417, 51.21896 },
        { 13, 109, 11.9266055, 4.192660, 26.14598 },
        { 83, 131, 63.3587786, 44.00613, 87.94878 },
        { 7, 139, 5.0359712, 1.093767, 14.11955 },
        { 43, 137, 31.3868613, 18.62510, 49.19876 },
        { 5, 163, 3.0674847, 0.4536023, 10.09494 },
    };

    [Theory]
    [MemberData(nameof(RatesPer100At998))]
    public void Crude_rate_at_998_per_100_matches_phe_rate(int x, int n, double value, double lower, double upper)
    {
        Close.Interval(CrudeRate.Compute(x, n, ConfidenceLevel.Percent99Point8, multiplier: 100), value, lower, upper);
    }

    [Fact]
    public void Mean_matches_phe_mean()
    {
        // phe_mean(df, obs): 35.375 (6.283883, 64.46612), Student's t with n − 1 degrees of freedom.
        var estimate = Mean.Compute([87, 1, 44, 13, 83, 7, 43, 5], ConfidenceLevel.Percent95);

        Close.Interval(estimate, 35.375, 6.283883, 64.46612);
        Assert.Equal(IntervalMethod.StudentT, estimate.Method);
    }

    [Fact]
    public void Dsr_matches_phe_dsr_vignette()
    {
        double[] deaths = [1, 1, 0, 0, 0, 1, 1, 3, 3, 3, 3, 10, 10, 10, 10, 8, 8, 8, 8];
        double[] populations = [30, 35, 35, 35, 40, 40, 45, 50, 50, 50, 60, 60, 70, 75, 70, 60, 20, 20, 15];

        var result = DirectlyStandardisedRate.Compute(deaths, populations,
            StandardPopulation.European2013.Weights, ConfidenceLevel.Percent95);

        Assert.Equal(88, result.Observed);
        Assert.NotNull(result.Rate);
        Close.Interval(result.Rate, 8283.016, 6570.819, 10289.65);
        Assert.Equal(IntervalMethod.Dobson, result.Rate.Method);
    }

    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_matches_newcombe_1998_table_I(int x, int n, double lower, double upper)
    {
        var estimate = Proportion.Wilson(x, n, ConfidenceLevel.Percent95);

        // Published to four decimals: agree within half a unit of the last digit.
        Assert.InRange(estimate.LowerCi, lower - 0.00005, lower + 0.00005);
        Assert.InRange(estimate.UpperCi, upper - 0.00005, upper + 0.00005);
    }
}
