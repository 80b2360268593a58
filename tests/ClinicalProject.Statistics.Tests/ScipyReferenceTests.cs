namespace ClinicalProject.Statistics.Tests;

/// <summary>
/// Checks against values computed independently with scipy (ReferenceData/make_reference_values.py →
/// reference-values.csv), to 1e-6 relative, for cases no publication covers: the exact and Byar limits
/// over a range of counts, DSRs, SMRs, means with normal intervals and the trend tests.
/// </summary>
public sealed class ScipyReferenceTests
{
    public static TheoryData<ReferenceRow> Exact => ReferenceValues.Of("exact");
    public static TheoryData<ReferenceRow> Byar => ReferenceValues.Of("byar");
    public static TheoryData<ReferenceRow> Wilson => ReferenceValues.Of("wilson");
    public static TheoryData<ReferenceRow> Dsr => ReferenceValues.Of("dsr");
    public static TheoryData<ReferenceRow> Smr => ReferenceValues.Of("smr");
    public static TheoryData<ReferenceRow> SmrExpected => ReferenceValues.Of("smr-expected");
    public static TheoryData<ReferenceRow> MeanT => ReferenceValues.Of("mean-t");
    public static TheoryData<ReferenceRow> MeanNormal => ReferenceValues.Of("mean-normal");
    public static TheoryData<ReferenceRow> TrendProportions => ReferenceValues.Of("trend-proportions");
    public static TheoryData<ReferenceRow> TrendRates => ReferenceValues.Of("trend-rates");
    public static TheoryData<ReferenceRow> TrendEstimates => ReferenceValues.Of("trend-estimates");

    [Theory]
    [MemberData(nameof(Exact))]
    public void Exact_poisson_limits(ReferenceRow row)
    {
        var x = row.Numbers[0];
        Close.Equal(row.Lower, PoissonInterval.ExactLower(x, row.Level), what: "lower");
        Close.Equal(row.Upper, PoissonInterval.ExactUpper(x, row.Level), what: "upper");
        if (x < PoissonInterval.ByarThreshold)
        {
            // Below 10 the method chooser must give the exact limits (through the cache for integers).
            Close.Interval(PoissonInterval.ForCount(x, row.Level), x, row.Lower, row.Upper);
        }
    }

    [Theory]
    [MemberData(nameof(Byar))]
    public void Byar_limits(ReferenceRow row)
    {
        var x = row.Numbers[0];
        Close.Equal(row.Lower, PoissonInterval.ByarLower(x, row.Level), what: "lower");
        Close.Equal(row.Upper, PoissonInterval.ByarUpper(x, row.Level), what: "upper");
        if (x >= PoissonInterval.ByarThreshold)
        {
            var estimate = PoissonInterval.ForCount(x, row.Level);
            Close.Interval(estimate, x, row.Lower, row.Upper);
            Assert.Equal(IntervalMethod.Byar, estimate.Method);
        }
    }

    [Theory]
    [MemberData(nameof(Wilson))]
    public void Wilson_limits(ReferenceRow row)
    {
        var n = row.Numbers;
        Close.Interval(Proportion.Wilson(n[0], n[1], row.Level), row.Value, row.Lower, row.Upper);
    }

    [Theory]
    [MemberData(nameof(Dsr))]
    public void Directly_standardised_rates(ReferenceRow row)
    {
        var (counts, populations) = DsrSets.Get(row.Fields[0]);
        var result = DirectlyStandardisedRate.Compute(counts, populations, StandardPopulation.European2013.Weights,
            row.Level, double.Parse(row.Fields[1], System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(result.Rate);
        Close.Interval(result.Rate, row.Value, row.Lower, row.Upper);
    }

    [Theory]
    [MemberData(nameof(Smr))]
    public void Indirectly_standardised_ratios(ReferenceRow row)
    {
        var (counts, populations) = DsrSets.Get(row.Fields[0]);
        var (referenceCounts, referencePopulations) = DsrSets.Get("large");
        var result = IndirectlyStandardisedRatio.Compute(counts, populations, referenceCounts, referencePopulations,
            row.Level, double.Parse(row.Fields[1], System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(result.Ratio);
        Close.Interval(result.Ratio, row.Value, row.Lower, row.Upper);
    }

    [Theory]
    [MemberData(nameof(SmrExpected))]
    public void Indirect_standardisation_expected_count(ReferenceRow row)
    {
        var (counts, populations) = DsrSets.Get(row.Fields[0]);
        var (referenceCounts, referencePopulations) = DsrSets.Get("large");

        var result = IndirectlyStandardisedRatio.Compute(counts, populations, referenceCounts, referencePopulations, row.Level);

        Close.Equal(row.Value, result.Expected, what: "expected");
        Assert.Equal(counts.Sum(), result.Observed);
    }

    [Theory]
    [MemberData(nameof(MeanT))]
    public void Mean_with_student_t(ReferenceRow row)
    {
        var estimate = Mean.Compute(row.Numbers, row.Level);
        Close.Interval(estimate, row.Value, row.Lower, row.Upper);
        Assert.Equal(IntervalMethod.StudentT, estimate.Method);
    }

    [Theory]
    [MemberData(nameof(MeanNormal))]
    public void Mean_with_normal_quantile(ReferenceRow row)
    {
        var estimate = Mean.Compute(row.Numbers, row.Level, IntervalMethod.Normal);
        Close.Interval(estimate, row.Value, row.Lower, row.Upper);
        Assert.Equal(IntervalMethod.Normal, estimate.Method);
    }

    [Theory]
    [MemberData(nameof(TrendProportions))]
    public void Trend_in_proportions(ReferenceRow row)
    {
        var (x, n) = row.Pairs;
        AssertTrend(row, LinearTrend.ForProportions(x, n), TrendMethod.ChiSquareProportions);
    }

    [Theory]
    [MemberData(nameof(TrendRates))]
    public void Trend_in_rates(ReferenceRow row)
    {
        var (x, n) = row.Pairs;
        AssertTrend(row, LinearTrend.ForRates(x, n), TrendMethod.ChiSquareRates);
    }

    [Theory]
    [MemberData(nameof(TrendEstimates))]
    public void Trend_in_estimates(ReferenceRow row)
    {
        var (values, errors) = row.Pairs;
        AssertTrend(row, LinearTrend.ForEstimates(values, errors), TrendMethod.WeightedRegression);
    }

    private static void AssertTrend(ReferenceRow row, TrendResult result, TrendMethod method)
    {
        // value = χ², lower = p-value, upper = sign of the change (see the script).
        Close.Equal(row.Value, result.Statistic, what: "chi-square");
        Close.Equal(row.Lower, result.PValue, what: "p-value");
        Assert.Equal(method, result.Method);
        var expected = row.Lower >= 0.05 ? TrendDirection.NoSignificantChange
            : row.Upper > 0 ? TrendDirection.Increasing : TrendDirection.Decreasing;
        Assert.Equal(expected, result.Direction);
    }
}
