namespace ClinicalProject.Statistics.Tests.ProcessControl;

/// <summary>
/// Cases of ReferenceData/process-control-reference.json, written by
/// ReferenceData/make_process_control_reference.py (numpy, scipy, mpmath), never by the code under test.
/// </summary>
internal static class ProcessControlReference
{
    public const double Relative = 1e-8;

    private static readonly Lazy<ReferenceFile> File = new(() => JsonReference.Load<ReferenceFile>("process-control-reference.json"));

    public static IReadOnlyList<AnhojLimits> Anhoj => File.Value.Anhoj;

    public static TheoryData<ChartCase> Charts => JsonReference.Theory(File.Value.Charts);

    public static TheoryData<ProportionFunnelCase> ProportionFunnel => JsonReference.Theory(File.Value.ProportionFunnel);

    public static TheoryData<RateFunnelCase> RateFunnel => JsonReference.Theory(File.Value.RateFunnel);

    private sealed record ReferenceFile(List<AnhojLimits> Anhoj, List<ChartCase> Charts,
        List<ProportionFunnelCase> ProportionFunnel, List<RateFunnelCase> RateFunnel);
}

public sealed record AnhojLimits(int N, int LongestRunLimit, int CrossingsLimit);

public sealed record ChartCase(string Name, string Kind, int? Baseline, double Multiplier, double[] Input,
    double[]? Denominators, double[] Centre, double[] Lower, double[] Upper, double[] Values, double? AverageMovingRange,
    bool[] Above, bool[] Below, int Useful, int LongestRun, int Crossings)
{
    public override string ToString() => Name;
}

public sealed record ProportionFunnelCase(double Comparator, double Denominator, double Lower95, double Upper95,
    double Lower998, double Upper998)
{
    public override string ToString() => $"p0={Comparator} n={Denominator}";
}

public sealed record RateFunnelCase(double Comparator, double Confidence, double Observed, double DenominatorOnUpper,
    double Upper, double DenominatorOnLower, double Lower)
{
    public override string ToString() => $"r0={Comparator} O={Observed} {Confidence}";
}
