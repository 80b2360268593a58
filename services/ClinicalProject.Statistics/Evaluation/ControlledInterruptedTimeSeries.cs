namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// Controlled ITS against a comparison series observed at the same times: the segmented regression of the
/// difference series Δₜ = Yₜ(treated) − Yₜ(comparison). Its β₂ and β₃ equal the three-way interaction terms of
/// the fully interacted pooled model (Linden 2015) exactly; the standard errors are those of the difference
/// series (Newey–West on Δ accounts for the autocorrelation that both series share), which is why this form
/// was chosen over the pooled one.
/// </summary>
public static class ControlledInterruptedTimeSeries
{
    /// <summary>Fits consecutive periods 0, 1, 2 … with the intervention at <paramref name="interventionIndex"/>.</summary>
    public static ControlledItsResult Fit(ReadOnlySpan<double> treated, ReadOnlySpan<double> comparison,
        int interventionIndex, ItsOptions? options = null) =>
        Fit(SegmentedRegressionDesign.ForPeriods(treated.Length, interventionIndex, options), treated, comparison);

    /// <summary>Fits observations at <paramref name="times"/> with the intervention at <paramref name="interventionTime"/>.</summary>
    public static ControlledItsResult Fit(ReadOnlySpan<double> times, ReadOnlySpan<double> treated,
        ReadOnlySpan<double> comparison, double interventionTime, ItsOptions? options = null) =>
        Fit(new SegmentedRegressionDesign(times, interventionTime, options), treated, comparison);

    /// <summary>Fits with a design built once (many pairs of series at the same times).</summary>
    public static ControlledItsResult Fit(SegmentedRegressionDesign design, ReadOnlySpan<double> treated,
        ReadOnlySpan<double> comparison)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (treated.Length != comparison.Length)
        {
            throw new ArgumentException(
                $"The comparison series has {comparison.Length} values, the treated one {treated.Length}: they must share their periods.",
                nameof(comparison));
        }

        var treatedFit = design.Fit(treated);
        var comparisonFit = design.Fit(comparison);
        var difference = new double[treated.Length];
        for (var i = 0; i < difference.Length; i++)
        {
            difference[i] = treated[i] - comparison[i];
        }

        return new ControlledItsResult(design.Fit(difference), treatedFit, comparisonFit);
    }
}
