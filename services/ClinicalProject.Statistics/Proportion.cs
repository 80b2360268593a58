namespace ClinicalProject.Statistics;

/// <summary>
/// A proportion x/n with the Wilson score interval
/// (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)) (Wilson 1927; Newcombe 1998, method 3).
/// </summary>
public static class Proportion
{
    /// <summary>Computes the proportion and its Wilson interval.</summary>
    /// <param name="numerator">Cases x, 0 ≤ x ≤ n.</param>
    /// <param name="denominator">Sample size n, &gt; 0.</param>
    /// <param name="confidence">Confidence level of the interval.</param>
    /// <param name="multiplier">1 for a fraction, 100 for a percentage.</param>
    /// <exception cref="ArgumentException">x &gt; n, x &lt; 0 or n ≤ 0.</exception>
    public static Estimate Wilson(double numerator, double denominator, ConfidenceLevel confidence,
        double multiplier = 1)
    {
        var (lower, upper) = WilsonLimits(numerator, denominator, confidence);
        CrudeRate.ValidateMultiplier(multiplier);
        return new Estimate(numerator / denominator * multiplier, lower * multiplier, upper * multiplier,
            confidence.Level, IntervalMethod.WilsonScore);
    }

    /// <summary>The Wilson limits as fractions (no multiplier), for hot loops that store doubles.</summary>
    public static (double Lower, double Upper) WilsonLimits(double numerator, double denominator,
        ConfidenceLevel confidence)
    {
        if (!(denominator > 0) || double.IsInfinity(denominator))
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator,
                "A proportion needs a denominator > 0.");
        }

        if (!(numerator >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "A numerator must be ≥ 0.");
        }

        if (numerator > denominator)
        {
            throw new ArgumentException(
                $"The numerator ({numerator}) exceeds the denominator ({denominator}): not a proportion.",
                nameof(numerator));
        }

        var z = confidence.Z;
        var z2 = z * z;
        var root = z * Math.Sqrt(z2 + 4 * numerator * (1 - numerator / denominator));
        var divisor = 2 * (denominator + z2);
        // The formula gives tiny negative or >1 values only through rounding at x = 0 or x = n.
        var lower = Math.Max(0, (2 * numerator + z2 - root) / divisor);
        var upper = Math.Min(1, (2 * numerator + z2 + root) / divisor);
        return (lower, upper);
    }
}
