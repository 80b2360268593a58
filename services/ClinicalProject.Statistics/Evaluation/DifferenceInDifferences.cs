namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// Difference-in-differences by OLS on the individual observations, Y = β₀ + β₁Treat + β₂Post + β₃Treat×Post + ε,
/// with heteroscedasticity-robust errors (<see cref="DidOptions"/>), and the pre-period trend of each group so
/// planners can judge the parallel-trends assumption (<see cref="PreTrends"/>).
/// </summary>
public static class DifferenceInDifferences
{
    private const int Parameters = 4;
    private static readonly double[] TreatedSlope = [0, 0, 1, 1];
    private static readonly double[] ComparisonSlope = [0, 0, 1, 0];
    private static readonly double[] SlopeDifference = [0, 0, 0, 1];

    /// <summary>Two series over the same consecutive periods 0, 1, …; "post" from <paramref name="interventionIndex"/> on.</summary>
    public static DidResult Fit(ReadOnlySpan<double> treatedSeries, ReadOnlySpan<double> comparisonSeries,
        int interventionIndex, DidOptions? options = null)
    {
        var n = treatedSeries.Length;
        if (comparisonSeries.Length != n)
        {
            throw new ArgumentException(
                $"The comparison series has {comparisonSeries.Length} values, the treated one {n}: they must share their periods.",
                nameof(comparisonSeries));
        }

        var values = new double[2 * n];
        var treated = new bool[2 * n];
        var post = new bool[2 * n];
        var times = new double[2 * n];
        for (var i = 0; i < n; i++)
        {
            values[i] = treatedSeries[i];
            values[n + i] = comparisonSeries[i];
            treated[i] = true;
            post[i] = post[n + i] = i >= interventionIndex;
            times[i] = times[n + i] = i;
        }

        return Fit(values, treated, post, times, options);
    }

    /// <summary>Individual observations: value, group, period (before/after) and time (for the pre-trends; empty to skip them).</summary>
    /// <exception cref="ArgumentException">Lengths differ, a value is not finite, a cell (group × period) is empty,
    /// fewer than 5 observations, or Newey–West errors asked for.</exception>
    public static DidResult Fit(ReadOnlySpan<double> values, ReadOnlySpan<bool> treated, ReadOnlySpan<bool> post,
        ReadOnlySpan<double> times, DidOptions? options = null)
    {
        options ??= DidOptions.Default;
        var n = values.Length;
        if (treated.Length != n || post.Length != n || (!times.IsEmpty && times.Length != n))
        {
            throw new ArgumentException("Every observation needs a value, a group, a period and (when given) a time.");
        }

        if (options.Errors == CovarianceEstimator.NeweyWest)
        {
            throw new ArgumentException("Newey–West errors need one time series; a difference-in-differences uses Ols or HC0–HC3.",
                nameof(options));
        }

        var cells = new int[4];
        var x = new double[n * Parameters];
        for (var i = 0; i < n; i++)
        {
            double g = treated[i] ? 1 : 0, p = post[i] ? 1 : 0;
            cells[(int)(2 * g + p)]++;
            x[i * Parameters] = 1;
            x[i * Parameters + 1] = g;
            x[i * Parameters + 2] = p;
            x[i * Parameters + 3] = g * p;
        }

        if (cells.Any(c => c == 0) || n <= Parameters)
        {
            throw new ArgumentException(
                $"A difference-in-differences needs observations in each group before and after, and at least {Parameters + 1} in all: " +
                $"treated {cells[2]} before, {cells[3]} after; comparison {cells[0]} before, {cells[1]} after.");
        }

        var design = new LeastSquaresDesign(x, n, Parameters, "The difference-in-differences design is singular.");
        var fit = design.Estimate(values, options.Errors, 0, SmallSampleCorrection.None, nameof(values));
        var inference = new Inference(options.Distribution, n - Parameters, options.Confidence);
        var exact = fit.ExactFit;
        var warnings = (exact ? EvaluationWarnings.NoResidualVariation : 0)
            | (fit.Estimator != options.Errors ? EvaluationWarnings.FullLeverageFellBackToHC1 : 0);
        var trends = times.IsEmpty ? null : Trends(values, treated, post, times, options, ref warnings);
        var b = fit.Beta;
        return new DidResult(
            inference.Coefficient(b[0], fit.Variance(0), exact),
            inference.Coefficient(b[1], fit.Variance(1), exact),
            inference.Coefficient(b[2], fit.Variance(2), exact),
            inference.Coefficient(b[3], fit.Variance(3), exact),
            cells[2], cells[3], cells[0], cells[1], fit.Estimator, options.Distribution, n - Parameters, trends, warnings);
    }

    private static PreTrends? Trends(ReadOnlySpan<double> values, ReadOnlySpan<bool> treated, ReadOnlySpan<bool> post,
        ReadOnlySpan<double> times, DidOptions options, ref EvaluationWarnings warnings)
    {
        var rows = new List<int>();
        var treatedTimes = new HashSet<double>();
        var comparisonTimes = new HashSet<double>();
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(times[i]))
            {
                throw new ArgumentException($"times[{i}] = {times[i]}: every time must be a finite number.", nameof(times));
            }

            if (!post[i])
            {
                rows.Add(i);
                (treated[i] ? treatedTimes : comparisonTimes).Add(times[i]);
            }
        }

        // Each group's line needs two distinct times, and the four parameters a residual degree of freedom.
        if (treatedTimes.Count < 2 || comparisonTimes.Count < 2 || rows.Count <= Parameters)
        {
            warnings |= EvaluationWarnings.PreTrendNotEstimable;
            return null;
        }

        var m = rows.Count;
        var x = new double[m * Parameters];
        var y = new double[m];
        var treatedPoints = 0;
        for (var r = 0; r < m; r++)
        {
            var i = rows[r];
            double g = treated[i] ? 1 : 0;
            treatedPoints += (int)g;
            x[r * Parameters] = 1;
            x[r * Parameters + 1] = g;
            x[r * Parameters + 2] = times[i];
            x[r * Parameters + 3] = g * times[i];
            y[r] = values[i];
        }

        var design = new LeastSquaresDesign(x, m, Parameters, "The pre-period trend design is singular.");
        var fit = design.Estimate(y, options.Errors, 0, SmallSampleCorrection.None, nameof(values));
        var inference = new Inference(options.Distribution, m - Parameters, options.Confidence);
        if (fit.Estimator != options.Errors)
        {
            warnings |= EvaluationWarnings.FullLeverageFellBackToHC1;
        }

        PreTrendCoefficient Coefficient = contrast => inference.Coefficient(fit.Combination(contrast),
            fit.CombinationVariance(contrast), fit.ExactFit);
        return new PreTrends(Coefficient(TreatedSlope), Coefficient(ComparisonSlope), Coefficient(SlopeDifference),
            treatedPoints, m - treatedPoints);
    }

    private delegate RegressionCoefficient PreTrendCoefficient(ReadOnlySpan<double> contrast);
}
