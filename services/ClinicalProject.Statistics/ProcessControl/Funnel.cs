using MathNet.Numerics;
using MathNet.Numerics.RootFinding;

namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>
/// Funnel plots for comparing territories (Spiegelhalter 2005; PHE Fingertips technical guidance, as
/// PHEindicatormethods computes them): 95 % and 99.8 % limits around a comparator as a function of the
/// denominator. A territory outside the 99.8 % funnel is "best"/"worst", outside the 95 % one "better"/"worse".
/// </summary>
public static class Funnel
{
    /// <summary>
    /// Limits of an observed proportion at denominator n around p₀: p₀ ± z√(p₀(1 − p₀)/n), clamped to [0, 1]. These
    /// are the proportions whose Wilson score interval just reaches p₀ (PHEindicatormethods' <c>sigma_adjustment</c>
    /// solves the same quadratic).
    /// </summary>
    public static (double Lower, double Upper) ProportionLimits(double comparator, double denominator, ConfidenceLevel level)
    {
        if (!(comparator >= 0 && comparator <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(comparator), comparator, "A comparator proportion is between 0 and 1.");
        }

        CheckDenominator(denominator);
        var halfWidth = level.Z * Math.Sqrt(comparator * (1 - comparator) / denominator);
        return (Math.Max(0, comparator - halfWidth), Math.Min(1, comparator + halfWidth));
    }

    /// <summary>
    /// Limits of an observed rate (per unit of denominator) at denominator n around the rate r₀: with E = r₀n, the
    /// upper limit is O/n for the count O whose exact lower Poisson limit is E (P(O, E) = α/2, P the regularised
    /// lower incomplete gamma), the lower one O/n for the count whose exact upper limit is E (P(O + 1, E) = 1 − α/2),
    /// 0 when none. Counts are continuous, as PHEindicatormethods' <c>poisson_funnel</c> solves them.
    /// </summary>
    public static (double Lower, double Upper) RateLimits(double comparatorRate, double denominator, ConfidenceLevel level)
    {
        if (!(comparatorRate >= 0) || !double.IsFinite(comparatorRate))
        {
            throw new ArgumentOutOfRangeException(nameof(comparatorRate), comparatorRate, "A comparator rate is a finite number ≥ 0.");
        }

        CheckDenominator(denominator);
        var expected = comparatorRate * denominator;
        if (expected == 0)
        {
            return (0, 0);
        }

        var tail = level.Alpha / 2;
        var high = expected + 20 * Math.Sqrt(expected) + 50;
        var accuracy = 1e-14 * high;
        var upperCount = Brent.FindRoot(o => SpecialFunctions.GammaLowerRegularized(o, expected) - tail,
            1e-300, high, accuracy, 500);
        var lowerCount = 1 - SpecialFunctions.GammaLowerRegularized(1, expected) <= tail
            ? Brent.FindRoot(o => SpecialFunctions.GammaLowerRegularized(o + 1, expected) - (1 - tail), 0, high, accuracy, 500)
            : 0;
        return (lowerCount / denominator, upperCount / denominator);
    }

    /// <summary>Proportions xᵢ/nᵢ of territories against Σx/Σn (or <paramref name="comparator"/>, on the multiplied scale).</summary>
    public static FunnelResult Proportions(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators,
        Polarity polarity, double multiplier = 100, double? comparator = null) =>
        Compare(FunnelStatistic.Proportion, numerators, denominators, polarity, multiplier, comparator);

    /// <summary>Crude rates xᵢ/nᵢ of territories against Σx/Σn (or <paramref name="comparator"/>, on the multiplied scale).</summary>
    public static FunnelResult Rates(ReadOnlySpan<double> counts, ReadOnlySpan<double> denominators,
        Polarity polarity, double multiplier = 100_000, double? comparator = null) =>
        Compare(FunnelStatistic.Rate, counts, denominators, polarity, multiplier, comparator);

    /// <summary>The limits at <paramref name="points"/> denominators spaced geometrically from min to max, for drawing.</summary>
    /// <param name="statistic">Proportion or rate.</param>
    /// <param name="comparator">The centre, on the multiplied scale.</param>
    /// <param name="minimumDenominator">Smallest denominator (&gt; 0).</param>
    /// <param name="maximumDenominator">Largest denominator (≥ the smallest).</param>
    /// <param name="multiplier">Scale of the comparator and the limits.</param>
    /// <param name="points">Number of points (≥ 2).</param>
    public static IReadOnlyList<FunnelLimitPoint> Curve(FunnelStatistic statistic, double comparator,
        double minimumDenominator, double maximumDenominator, double multiplier = 100, int points = 100)
    {
        CheckDenominator(minimumDenominator);
        if (!(maximumDenominator >= minimumDenominator) || !double.IsFinite(maximumDenominator))
        {
            throw new ArgumentOutOfRangeException(nameof(maximumDenominator), maximumDenominator,
                "The largest denominator must be finite and at least the smallest.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        CrudeRate.ValidateMultiplier(multiplier);
        var curve = new FunnelLimitPoint[points];
        var ratio = Math.Log(maximumDenominator / minimumDenominator) / (points - 1);
        for (var i = 0; i < points; i++)
        {
            var n = minimumDenominator * Math.Exp(ratio * i);
            var (l95, u95) = Limits(statistic, comparator / multiplier, n, ConfidenceLevel.Percent95);
            var (l998, u998) = Limits(statistic, comparator / multiplier, n, ConfidenceLevel.Percent99Point8);
            curve[i] = new FunnelLimitPoint(n, l95 * multiplier, u95 * multiplier, l998 * multiplier, u998 * multiplier);
        }

        return curve;
    }

    private static FunnelResult Compare(FunnelStatistic statistic, ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators, Polarity polarity, double multiplier, double? comparator)
    {
        if (numerators.Length != denominators.Length || numerators.Length == 0)
        {
            throw new ArgumentException(
                $"{numerators.Length} numerators and {denominators.Length} denominators: one of each per territory, at least one.",
                nameof(denominators));
        }

        CrudeRate.ValidateMultiplier(multiplier);
        double sumX = 0, sumN = 0;
        for (var i = 0; i < numerators.Length; i++)
        {
            if (!(denominators[i] > 0) || !double.IsFinite(denominators[i]))
            {
                throw new ArgumentException($"denominators[{i}] = {denominators[i]}: a denominator must be a finite number > 0.",
                    nameof(denominators));
            }

            if (!(numerators[i] >= 0) || !double.IsFinite(numerators[i])
                || (statistic == FunnelStatistic.Proportion && numerators[i] > denominators[i]))
            {
                throw new ArgumentException(
                    $"numerators[{i}] = {numerators[i]}: must be ≥ 0{(statistic == FunnelStatistic.Proportion ? " and ≤ its denominator" : "")}.",
                    nameof(numerators));
            }

            sumX += numerators[i];
            sumN += denominators[i];
        }

        var centre = comparator is { } c ? c / multiplier : sumX / sumN;
        var points = new FunnelPoint[numerators.Length];
        for (var i = 0; i < points.Length; i++)
        {
            var n = denominators[i];
            var value = numerators[i] / n;
            var (l95, u95) = Limits(statistic, centre, n, ConfidenceLevel.Percent95);
            var (l998, u998) = Limits(statistic, centre, n, ConfidenceLevel.Percent99Point8);
            // Sides of the point relative to each funnel, read as degenerate intervals against 0 so that the
            // polarity wording (better/best, higher/much higher) is BenchmarkComparison's own.
            double side95 = value > u95 ? 1 : value < l95 ? -1 : 0, side998 = value > u998 ? 1 : value < l998 ? -1 : 0;
            var outcome = BenchmarkComparison.CompareTwoLevels(side95, side95, side998, side998, 0, polarity);
            points[i] = new FunnelPoint(i, value * multiplier, n, l95 * multiplier, u95 * multiplier, l998 * multiplier,
                u998 * multiplier, outcome);
        }

        return new FunnelResult(statistic, centre * multiplier, multiplier, points);
    }

    private static (double Lower, double Upper) Limits(FunnelStatistic statistic, double centre, double n, ConfidenceLevel level) =>
        statistic == FunnelStatistic.Proportion ? ProportionLimits(centre, n, level) : RateLimits(centre, n, level);

    private static void CheckDenominator(double denominator)
    {
        if (!(denominator > 0) || !double.IsFinite(denominator))
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A denominator must be a finite number > 0.");
        }
    }
}
