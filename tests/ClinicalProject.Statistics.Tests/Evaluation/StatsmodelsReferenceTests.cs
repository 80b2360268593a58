using ClinicalProject.Statistics.Evaluation;

namespace ClinicalProject.Statistics.Tests.Evaluation;

/// <summary>
/// ITS, controlled ITS and DiD against statsmodels (ReferenceData/make_evaluation_reference.py →
/// evaluation-reference.json) to 1e-8 relative: coefficients, standard errors, statistics, p-values, intervals.
/// </summary>
public sealed class StatsmodelsReferenceTests
{
    public static TheoryData<ItsCase> Its => EvaluationReference.Its;
    public static TheoryData<ControlledCase> Controlled => EvaluationReference.Controlled;
    public static TheoryData<DidCase> Did => EvaluationReference.Did;

    [Theory]
    [MemberData(nameof(Its))]
    public void Interrupted_time_series_matches_statsmodels(ItsCase c)
    {
        var result = InterruptedTimeSeries.Fit(c.Times, c.Values, c.Intervention, c.Options);

        EvaluationReference.Matches(c.Coefficients[0], result.Intercept, "β₀");
        EvaluationReference.Matches(c.Coefficients[1], result.PreSlope, "β₁");
        EvaluationReference.Matches(c.Coefficients[2], result.LevelChange, "β₂");
        EvaluationReference.Matches(c.Coefficients[3], result.SlopeChange, "β₃");
        EvaluationReference.Matches(c.PostSlope, result.PostSlope, "β₁ + β₃");
        Assert.Equal(c.Lag, result.Lag);
        Assert.Equal((int)c.Df, result.DegreesOfFreedom);
        Close.Equal(c.Rse, result.ResidualStandardError, EvaluationReference.Relative, "residual standard error");
        Close.Equal(c.RSquared, result.RSquared, EvaluationReference.Relative, "R²");
        for (var i = 0; i < c.Values.Length; i++)
        {
            Close.Equal(c.Fitted[i], result.Fitted[i], EvaluationReference.Relative, $"fitted[{i}]");
            Close.Equal(c.Counterfactual[i], result.Counterfactual[i], EvaluationReference.Relative, $"counterfactual[{i}]");
        }
    }

    [Theory]
    [MemberData(nameof(Its))]
    public void A_shared_design_gives_the_same_fit_as_the_one_off_call(ItsCase c)
    {
        var design = new SegmentedRegressionDesign(c.Times, c.Intervention, c.Options);

        var result = design.Fit(c.Values);

        Assert.Equal(c.Values.Length, design.Observations);
        Assert.Equal(design.PointsBefore + design.PointsAfter, c.Values.Length);
        EvaluationReference.Matches(c.Coefficients[2], result.LevelChange, "β₂");
        EvaluationReference.Matches(c.Coefficients[3], result.SlopeChange, "β₃");
    }

    [Fact]
    public void The_statsmodels_preset_is_statsmodels_hac_default()
    {
        // statsmodels' fit(cov_type='HAC', cov_kwds={'maxlags': L}) without use_correction or use_t.
        var c = EvaluationReference.ItsCases.First(r =>
            r.Errors == "NeweyWest" && r.FixedLag is null && !r.Correction && !r.UseT && r.Confidence == 0.95);

        var result = InterruptedTimeSeries.Fit(c.Times, c.Values, c.Intervention, ItsOptions.StatsmodelsHacDefaults);

        EvaluationReference.Matches(c.Coefficients[2], result.LevelChange, "β₂");
        EvaluationReference.Matches(c.Coefficients[3], result.SlopeChange, "β₃");
    }

    [Theory]
    [MemberData(nameof(Controlled))]
    public void Controlled_its_is_the_model_on_the_difference_series(ControlledCase c)
    {
        var options = new ItsOptions { Lag = LagSelection.Fixed(c.Lag) };

        var result = ControlledInterruptedTimeSeries.Fit(c.Treated, c.Comparison, c.Intervention, options);

        string[] names = ["β₀", "β₁", "β₂", "β₃"];
        var difference = new[] { result.Difference.Intercept, result.Difference.PreSlope, result.Difference.LevelChange, result.Difference.SlopeChange };
        var treated = new[] { result.Treated.Intercept, result.Treated.PreSlope, result.Treated.LevelChange, result.Treated.SlopeChange };
        for (var i = 0; i < 4; i++)
        {
            EvaluationReference.Matches(c.Difference[i], difference[i], $"difference {names[i]}");
            EvaluationReference.Matches(c.TreatedAlone[i], treated[i], $"treated {names[i]}");
        }

        // The documented equivalence: the fully interacted pooled model's group × change terms.
        Close.Equal(c.PooledLevelChange, result.Difference.LevelChange.Value, EvaluationReference.Relative, "pooled level change");
        Close.Equal(c.PooledSlopeChange, result.Difference.SlopeChange.Value, EvaluationReference.Relative, "pooled slope change");
    }

    [Theory]
    [MemberData(nameof(Did))]
    public void Difference_in_differences_matches_statsmodels(DidCase c)
    {
        var result = DifferenceInDifferences.Fit(c.Values, c.Treated, c.Post, c.Times, c.Options);

        EvaluationReference.Matches(c.Coefficients[0], result.Intercept, "β₀");
        EvaluationReference.Matches(c.Coefficients[1], result.Treatment, "β₁ treat");
        EvaluationReference.Matches(c.Coefficients[2], result.Post, "β₂ post");
        EvaluationReference.Matches(c.Coefficients[3], result.Effect, "β₃ effect");
        Assert.Equal((int)c.Df, result.DegreesOfFreedom);
        Assert.NotNull(result.PreTrends);
        EvaluationReference.Matches(c.TreatedSlope, result.PreTrends.TreatedSlope, "treated pre slope");
        EvaluationReference.Matches(c.ComparisonSlope, result.PreTrends.ComparisonSlope, "comparison pre slope");
        EvaluationReference.Matches(c.SlopeDifference, result.PreTrends.Difference, "pre slope difference");
        Assert.Equal(EvaluationWarnings.None, result.Warnings);
    }
}
