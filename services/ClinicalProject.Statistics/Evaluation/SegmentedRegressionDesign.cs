namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// The design of an interrupted time series, Xₜ = (1, t, Dₜ, (t − t₀)Dₜ) with Dₜ = 1 from t₀ on, factorised once:
/// fitting many series observed at the same times (a benchmark, every indicator of a plan) costs one k × n
/// product and the covariance per series. Immutable and safe to share between threads.
/// </summary>
public sealed class SegmentedRegressionDesign
{
    private const int Parameters = 4;
    private static readonly double[] PostSlopeContrast = [0, 1, 0, 1];

    private readonly LeastSquaresDesign _design;
    private readonly double[] _times;
    private readonly double _interventionTime;
    private readonly Inference _inference;
    private readonly EvaluationWarnings _warnings;

    /// <summary>Creates the design for observations at <paramref name="times"/> (strictly increasing).</summary>
    /// <param name="times">Time of each observation, e.g. 0, 1, 2 … months.</param>
    /// <param name="interventionTime">t₀: observations at or after it are "after" (Dₜ = 1).</param>
    /// <param name="options">Estimator, lag, correction, distribution, level; <see cref="ItsOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">Times not finite or not increasing, fewer than
    /// <see cref="InterruptedTimeSeries.MinimumPointsPerSegment"/> points on a side, or fewer than 5 in all.</exception>
    public SegmentedRegressionDesign(ReadOnlySpan<double> times, double interventionTime, ItsOptions? options = null)
    {
        Options = options ?? ItsOptions.Default;
        if (!double.IsFinite(interventionTime))
        {
            throw new ArgumentException("The intervention time must be a finite number.", nameof(interventionTime));
        }

        var n = times.Length;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(times[i]) || (i > 0 && !(times[i] > times[i - 1])))
            {
                throw new ArgumentException(
                    $"times[{i}] = {times[i]}: times must be finite and strictly increasing.", nameof(times));
            }
        }

        var before = 0;
        while (before < n && times[before] < interventionTime)
        {
            before++;
        }

        PointsBefore = before;
        PointsAfter = n - before;
        if (PointsBefore < InterruptedTimeSeries.MinimumPointsPerSegment
            || PointsAfter < InterruptedTimeSeries.MinimumPointsPerSegment
            || n <= Parameters)
        {
            throw new ArgumentException(
                $"An interrupted time series needs at least {InterruptedTimeSeries.MinimumPointsPerSegment} points before " +
                $"and after the intervention and {Parameters + 1} in all; there are {PointsBefore} before and {PointsAfter} after.");
        }

        _times = times.ToArray();
        _interventionTime = interventionTime;
        var x = new double[n * Parameters];
        for (var i = 0; i < n; i++)
        {
            var after = i >= before ? 1.0 : 0.0;
            x[i * Parameters] = 1;
            x[i * Parameters + 1] = times[i];
            x[i * Parameters + 2] = after;
            x[i * Parameters + 3] = (times[i] - interventionTime) * after;
        }

        _design = new LeastSquaresDesign(x, n, Parameters, "The segmented regression design is singular.");
        Lag = Options.Errors == CovarianceEstimator.NeweyWest ? Options.Lag.LagFor(n) : null;
        _inference = new Inference(Options.Distribution, n - Parameters, Options.Confidence);
        _warnings = (PointsBefore < InterruptedTimeSeries.RecommendedPointsPerSegment ? EvaluationWarnings.FewPointsBefore : 0)
            | (PointsAfter < InterruptedTimeSeries.RecommendedPointsPerSegment ? EvaluationWarnings.FewPointsAfter : 0)
            | (Options.Errors == CovarianceEstimator.NeweyWest && n < InterruptedTimeSeries.NeweyWestMinimumPoints
                ? EvaluationWarnings.PreferOlsWithFewPoints : 0);
    }

    /// <summary>The design of <paramref name="periods"/> consecutive periods 0, 1, … with the intervention at index <paramref name="interventionIndex"/>.</summary>
    public static SegmentedRegressionDesign ForPeriods(int periods, int interventionIndex, ItsOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        var times = new double[periods];
        for (var i = 0; i < periods; i++)
        {
            times[i] = i;
        }

        return new SegmentedRegressionDesign(times, interventionIndex, options);
    }

    /// <summary>The options the design was built with.</summary>
    public ItsOptions Options { get; }

    /// <summary>Number of observations n.</summary>
    public int Observations => _times.Length;

    /// <summary>Observations before the intervention.</summary>
    public int PointsBefore { get; }

    /// <summary>Observations from the intervention on.</summary>
    public int PointsAfter { get; }

    /// <summary>The Newey–West lag, or null for other estimators.</summary>
    public int? Lag { get; }

    /// <summary>Fits one series observed at the design's times.</summary>
    /// <exception cref="ArgumentException">Wrong length, or a value that is not a finite number (named by index).</exception>
    public ItsResult Fit(ReadOnlySpan<double> values)
    {
        var fit = _design.Estimate(values, Options.Errors, Lag ?? 0, Options.Correction, nameof(values));
        var n = Observations;
        var b = fit.Beta;
        var fitted = new double[n];
        var counterfactual = new double[n];
        for (var i = 0; i < n; i++)
        {
            counterfactual[i] = b[0] + b[1] * _times[i];
            fitted[i] = counterfactual[i] + (i >= PointsBefore ? b[2] + b[3] * (_times[i] - _interventionTime) : 0);
        }

        var exact = fit.ExactFit;
        var warnings = _warnings
            | (exact ? EvaluationWarnings.NoResidualVariation : 0)
            | (fit.Estimator != Options.Errors ? EvaluationWarnings.FullLeverageFellBackToHC1 : 0);
        var df = n - Parameters;
        return new ItsResult(
            _inference.Coefficient(b[0], fit.Variance(0), exact),
            _inference.Coefficient(b[1], fit.Variance(1), exact),
            _inference.Coefficient(b[2], fit.Variance(2), exact),
            _inference.Coefficient(b[3], fit.Variance(3), exact),
            _inference.Coefficient(fit.Combination(PostSlopeContrast), fit.CombinationVariance(PostSlopeContrast), exact),
            PointsBefore, PointsAfter, fit.Estimator, fit.Estimator == CovarianceEstimator.NeweyWest ? Lag : null,
            Options.Correction, Options.Distribution, df, Math.Sqrt(fit.ResidualSumOfSquares / df),
            exact ? 1 : fit.TotalSumOfSquares > 0 ? 1 - fit.ResidualSumOfSquares / fit.TotalSumOfSquares : 0,
            _times, fitted, counterfactual, warnings);
    }
}
