using ClinicalProject.Statistics.Evaluation;

namespace ClinicalProject.Statistics.Tests.Evaluation;

/// <summary>
/// Cases of ReferenceData/evaluation-reference.json, written by ReferenceData/make_evaluation_reference.py with
/// Debian's python3-statsmodels (OLS, cov_type HAC/HC0–HC3, t_test), never by the code under test.
/// </summary>
internal static class EvaluationReference
{
    public const double Relative = 1e-8;

    private static readonly Lazy<ReferenceFile> File = new(() => JsonReference.Load<ReferenceFile>("evaluation-reference.json"));

    public static TheoryData<ItsCase> Its => JsonReference.Theory(File.Value.Its);

    public static IReadOnlyList<ItsCase> ItsCases => File.Value.Its;

    public static TheoryData<ControlledCase> Controlled => JsonReference.Theory(File.Value.Controlled);

    public static TheoryData<DidCase> Did => JsonReference.Theory(File.Value.Did);

    public static void Matches(ReferenceCoefficient expected, RegressionCoefficient actual, string what)
    {
        Close.Equal(expected.Value, actual.Value, Relative, $"{what} value");
        Close.Equal(expected.Se, actual.StandardError, Relative, $"{what} standard error");
        Assert.NotNull(actual.Statistic);
        Assert.NotNull(actual.PValue);
        Close.Equal(expected.Stat, actual.Statistic.Value, Relative, $"{what} statistic");
        Close.Equal(expected.P, actual.PValue.Value, Relative, $"{what} p-value");
        Close.Equal(expected.Lower, actual.LowerCi, Relative, $"{what} lower limit");
        Close.Equal(expected.Upper, actual.UpperCi, Relative, $"{what} upper limit");
    }

    public static CovarianceEstimator Estimator(string name) => Enum.Parse<CovarianceEstimator>(name);

    public static InferenceDistribution Distribution(bool useT) =>
        useT ? InferenceDistribution.StudentT : InferenceDistribution.Normal;

    private sealed record ReferenceFile(List<ItsCase> Its, List<ControlledCase> Controlled, List<DidCase> Did);
}

public sealed record ReferenceCoefficient(double Value, double Se, double Stat, double P, double Lower, double Upper);

public sealed record ItsCase(string Name, double[] Times, double[] Values, double Intervention, string Errors,
    int? FixedLag, int? Lag, bool Correction, bool UseT, double Confidence, ReferenceCoefficient[] Coefficients,
    ReferenceCoefficient PostSlope, double Df, double Rse, double RSquared, double[] Fitted, double[] Counterfactual)
{
    public ItsOptions Options => new()
    {
        Errors = EvaluationReference.Estimator(Errors),
        Lag = FixedLag is { } l ? LagSelection.Fixed(l) : LagSelection.Automatic,
        Correction = Correction ? SmallSampleCorrection.DegreesOfFreedom : SmallSampleCorrection.None,
        Distribution = EvaluationReference.Distribution(UseT),
        Confidence = new ConfidenceLevel(Confidence),
    };

    public override string ToString() =>
        $"{Name} {Errors} lag={FixedLag?.ToString() ?? "auto"} correction={Correction} t={UseT} {Confidence}";
}

public sealed record ControlledCase(string Name, double[] Treated, double[] Comparison, int Intervention, int Lag,
    ReferenceCoefficient[] Difference, ReferenceCoefficient[] TreatedAlone, double PooledLevelChange,
    double PooledSlopeChange)
{
    public override string ToString() => Name;
}

public sealed record DidCase(string Name, double[] Values, bool[] Treated, bool[] Post, double[] Times, string Errors,
    bool UseT, double Confidence, ReferenceCoefficient[] Coefficients, double Df, ReferenceCoefficient ComparisonSlope,
    ReferenceCoefficient TreatedSlope, ReferenceCoefficient SlopeDifference)
{
    public DidOptions Options => new()
    {
        Errors = EvaluationReference.Estimator(Errors),
        Distribution = EvaluationReference.Distribution(UseT),
        Confidence = new ConfidenceLevel(Confidence),
    };

    public override string ToString() => $"{Name} {Errors} t={UseT} {Confidence}";
}
