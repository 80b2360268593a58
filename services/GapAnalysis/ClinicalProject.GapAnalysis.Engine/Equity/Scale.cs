namespace ClinicalProject.GapAnalysis.Engine.Equity;

/// <summary>The modelling scale of each value type: identity, ln, logit; and back.</summary>
internal static class Scale
{
    public static Func<double, double> For(InequalityValueType type) => type switch
    {
        InequalityValueType.Rate => Math.Log,
        InequalityValueType.Proportion => static p => Math.Log(p / (1 - p)),
        _ => static v => v,
    };

    public static Func<double, double> Back(InequalityValueType type) => type switch
    {
        InequalityValueType.Rate => Math.Exp,
        InequalityValueType.Proportion => static x => Math.Exp(x) / (1 + Math.Exp(x)),
        _ => static v => v,
    };
}
