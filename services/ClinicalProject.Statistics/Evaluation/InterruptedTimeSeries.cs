namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// Interrupted time series by segmented regression (Wagner et al. 2002; Bernal et al. 2017):
/// Yₜ = β₀ + β₁t + β₂Dₜ + β₃(t − t₀)Dₜ + εₜ, Dₜ = 1 from the intervention t₀ on, and the slope-change term
/// counted from 0 at the intervention (so β₂ is the jump at t₀, not at t = 0). Standard errors by OLS,
/// Newey–West or HC0–HC3 (<see cref="ItsOptions"/>).
/// </summary>
public static class InterruptedTimeSeries
{
    /// <summary>Fewest points on each side for the model to be estimable (a line needs two).</summary>
    public const int MinimumPointsPerSegment = 2;

    /// <summary>Below this many points on a side the result is flagged (FewPointsBefore / FewPointsAfter).</summary>
    public const int RecommendedPointsPerSegment = 3;

    /// <summary>Below this many points in all, Newey–West errors are flagged and OLS errors advised.</summary>
    public const int NeweyWestMinimumPoints = 12;

    /// <summary>Fits consecutive periods 0, 1, 2 …, the intervention at index <paramref name="interventionIndex"/> (its first "after" period).</summary>
    public static ItsResult Fit(ReadOnlySpan<double> values, int interventionIndex, ItsOptions? options = null) =>
        SegmentedRegressionDesign.ForPeriods(values.Length, interventionIndex, options).Fit(values);

    /// <summary>Fits observations at <paramref name="times"/> (strictly increasing; gaps allowed), intervention at <paramref name="interventionTime"/>.</summary>
    /// <remarks>With gaps, Newey–West lags count observations, not time units (as statsmodels does).</remarks>
    public static ItsResult Fit(ReadOnlySpan<double> times, ReadOnlySpan<double> values, double interventionTime,
        ItsOptions? options = null)
    {
        if (times.Length != values.Length)
        {
            throw new ArgumentException($"{times.Length} times but {values.Length} values: one time per value.", nameof(values));
        }

        return new SegmentedRegressionDesign(times, interventionTime, options).Fit(values);
    }
}
