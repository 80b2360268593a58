namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>
/// Shewhart control charts as NHS "Making Data Count" and qicharts2 draw them: XmR, p and u, 3-sigma limits,
/// points beyond the limits and the Anhøj run rules. The centre line and limits come from every point, or from
/// the first <c>baselinePoints</c> when frozen (a baseline period), and are applied to all points.
/// </summary>
public static class ControlChart
{
    /// <summary>The XmR constant 3/d₂ as NHS "Making Data Count" rounds it (qicharts2 uses 3/1.128 = 2.6596).</summary>
    public const double XmRConstant = 2.66;

    /// <summary>Fewer baseline points than this get <see cref="ControlChartWarnings.FewPoints"/>.</summary>
    public const int RecommendedPoints = 12;

    // Series up to this length keep their working arrays on the stack (a monthly series of 20 years is 240).
    internal const int StackLimit = 256;

    /// <summary>XmR chart of <paramref name="values"/>: x̄ ± 2.66 mR̄, mR̄ the mean of |xᵢ − xᵢ₋₁| over the baseline.</summary>
    /// <param name="values">The values, in time order (at least 2, all finite).</param>
    /// <param name="baselinePoints">Leading points that set the limits (freeze); null for all.</param>
    public static ControlChartResult Individuals(ReadOnlySpan<double> values, int? baselinePoints = null)
    {
        var n = values.Length;
        var baseline = Baseline(n, baselinePoints, 2);
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"values[{i}] = {values[i]}: every value must be a finite number.", nameof(values));
            }
        }

        double sum = values[0], ranges = 0;
        for (var i = 1; i < baseline; i++)
        {
            sum += values[i];
            ranges += Math.Abs(values[i] - values[i - 1]);
        }

        var mean = sum / baseline;
        var averageRange = ranges / (baseline - 1);
        var halfWidth = XmRConstant * averageRange;
        double lower = mean - halfWidth, upper = mean + halfWidth;
        var triples = new double[3 * n];
        var sides = n <= StackLimit ? stackalloc sbyte[n] : new sbyte[n];
        for (var i = 0; i < n; i++)
        {
            var value = values[i];
            triples[3 * i] = value;
            triples[3 * i + 1] = lower;
            triples[3 * i + 2] = upper;
            sides[i] = Side(value, mean);
        }

        return Build(ControlChartKind.Individuals, triples, sides, mean, baseline, averageRange, 1, halfWidth == 0);
    }

    /// <summary>p chart of proportions xᵢ/nᵢ: p̄ ± 3√(p̄(1 − p̄)/nᵢ) clamped to [0, 1], all × <paramref name="multiplier"/>.</summary>
    /// <exception cref="ArgumentException">A denominator ≤ 0, a negative numerator, or xᵢ &gt; nᵢ (named by index).</exception>
    public static ControlChartResult P(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators,
        double multiplier = 1, int? baselinePoints = null) =>
        Attribute(ControlChartKind.P, numerators, denominators, multiplier, baselinePoints);

    /// <summary>u chart of rates xᵢ/nᵢ (counts over exposure): ū ± 3√(ū/nᵢ), lower limit clamped at 0, × <paramref name="multiplier"/>.</summary>
    /// <exception cref="ArgumentException">A denominator ≤ 0 or a negative count (named by index).</exception>
    public static ControlChartResult U(ReadOnlySpan<double> counts, ReadOnlySpan<double> exposures,
        double multiplier = 1, int? baselinePoints = null) =>
        Attribute(ControlChartKind.U, counts, exposures, multiplier, baselinePoints);

    private static ControlChartResult Attribute(ControlChartKind kind, ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators, double multiplier, int? baselinePoints)
    {
        if (numerators.Length != denominators.Length)
        {
            throw new ArgumentException(
                $"{numerators.Length} numerators but {denominators.Length} denominators: one of each per point.", nameof(denominators));
        }

        CrudeRate.ValidateMultiplier(multiplier);

        var n = numerators.Length;
        var baseline = Baseline(n, baselinePoints, 1);
        double sumX = 0, sumN = 0;
        for (var i = 0; i < n; i++)
        {
            var x = numerators[i];
            var d = denominators[i];
            if (!(d > 0) || !double.IsFinite(d))
            {
                throw new ArgumentException($"denominators[{i}] = {d}: every denominator must be a finite number > 0.", nameof(denominators));
            }

            if (!(x >= 0) || !double.IsFinite(x) || (kind == ControlChartKind.P && x > d))
            {
                throw new ArgumentException(kind == ControlChartKind.P
                    ? $"numerators[{i}] = {x}: a numerator must be between 0 and its denominator ({d})."
                    : $"numerators[{i}] = {x}: a count must be a finite number ≥ 0.", nameof(numerators));
            }

            if (i < baseline)
            {
                sumX += x;
                sumN += d;
            }
        }

        var bar = sumX / sumN;
        var isP = kind == ControlChartKind.P;
        var variance = isP ? bar * (1 - bar) : bar;
        var threeSigma = 3 * Math.Sqrt(variance);
        var centre = bar * multiplier;
        var triples = new double[3 * n];
        var sides = n <= StackLimit ? stackalloc sbyte[n] : new sbyte[n];
        for (var i = 0; i < n; i++)
        {
            // One pass: value = x/n × m and limits (ū ± 3√(ū/n)) × m, the reference's expressions in its order.
            var d = denominators[i];
            var halfWidth = threeSigma / Math.Sqrt(d);
            var value = numerators[i] / d * multiplier;
            triples[3 * i] = value;
            triples[3 * i + 1] = Math.Max(0, bar - halfWidth) * multiplier;
            triples[3 * i + 2] = (isP ? Math.Min(1, bar + halfWidth) : bar + halfWidth) * multiplier;
            sides[i] = Side(value, centre);
        }

        return Build(kind, triples, sides, centre, baseline, null, multiplier, !(variance > 0));
    }

    private static int Baseline(int n, int? baselinePoints, int minimum)
    {
        if (n < minimum)
        {
            throw new ArgumentException($"A control chart needs at least {minimum} point(s); {n} given.");
        }

        if (baselinePoints is not { } b)
        {
            return n;
        }

        return b >= minimum && b <= n
            ? b
            : throw new ArgumentOutOfRangeException(nameof(baselinePoints), b,
                $"The baseline must hold between {minimum} and {n} points.");
    }

    /// <summary>+1 above the centre line, −1 below, 0 on it (without branches: the sides of noise are unpredictable).</summary>
    internal static sbyte Side(double value, double centre) => (sbyte)((value > centre ? 1 : 0) - (value < centre ? 1 : 0));

    private static ControlChartResult Build(ControlChartKind kind, double[] triples, ReadOnlySpan<sbyte> sides,
        double centreLine, int baseline, double? averageRange, double multiplier, bool noVariation)
    {
        var runs = AnhojRules.Analyse(sides, default);
        bool[]? inLongRun = null;
        if (runs.LongRunSignal)
        {
            inLongRun = new bool[sides.Length];
            AnhojRules.MarkLongRuns(sides, inLongRun, runs.LongestRunLimit);
        }

        var points = new ControlChartPoints(triples, centreLine, inLongRun);
        var warnings = (baseline < RecommendedPoints ? ControlChartWarnings.FewPoints : 0)
            | (noVariation ? ControlChartWarnings.NoVariation : 0);
        return new ControlChartResult(kind, centreLine, baseline, averageRange, multiplier, points, runs, warnings);
    }
}
