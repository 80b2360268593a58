namespace ClinicalProject.Statistics;

/// <summary>
/// Indirectly standardised ratio (SMR when the events are deaths): E = Σ(x_ref,ᵢ/n_ref,ᵢ)nᵢ, ratio = O/E
/// (× 100 when asked), interval = Poisson limits of O (exact below 10, Byar's from 10) divided by E.
/// </summary>
public static class IndirectlyStandardisedRatio
{
    /// <summary>Expresses the ratio as a plain ratio (reference = 1).</summary>
    public const double RatioScale = 1;

    /// <summary>Expresses the ratio with the reference at 100.</summary>
    public const double PercentScale = 100;

    /// <summary>Standardises stratum counts against reference stratum rates.</summary>
    /// <param name="counts">Observed events per stratum in the area.</param>
    /// <param name="populations">Population per stratum in the area.</param>
    /// <param name="referenceCounts">Events per stratum in the reference population.</param>
    /// <param name="referencePopulations">Population per stratum in the reference; 0 only with no events.</param>
    /// <param name="confidence">Confidence level of the interval.</param>
    /// <param name="scale">1 (ratio) or 100.</param>
    public static StandardisedRatio Compute(ReadOnlySpan<double> counts, ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts, ReadOnlySpan<double> referencePopulations,
        ConfidenceLevel confidence, double scale = RatioScale)
    {
        if (counts.Length != populations.Length || counts.Length != referenceCounts.Length ||
            counts.Length != referencePopulations.Length || counts.Length == 0)
        {
            throw new ArgumentException("Counts, populations and reference counts and populations need one entry per stratum.");
        }

        double observed = 0, expected = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (!(counts[i] >= 0) || !(populations[i] >= 0) || !(referenceCounts[i] >= 0) || !(referencePopulations[i] >= 0))
            {
                throw new ArgumentException($"Stratum {i}: counts and populations must be ≥ 0.");
            }

            observed += counts[i];
            if (referenceCounts[i] == 0)
            {
                continue;
            }

            if (referencePopulations[i] == 0)
            {
                throw new ArgumentException($"Stratum {i}: the reference has events but no population.");
            }

            expected += referenceCounts[i] / referencePopulations[i] * populations[i];
        }

        return FromObservedExpected(observed, expected, confidence, scale);
    }

    /// <summary>The ratio from an observed count and an already computed expected count.</summary>
    public static StandardisedRatio FromObservedExpected(double observed, double expected,
        ConfidenceLevel confidence, double scale = RatioScale)
    {
        CrudeRate.ValidateMultiplier(scale);
        if (!(expected >= 0) || double.IsInfinity(expected))
        {
            throw new ArgumentOutOfRangeException(nameof(expected), expected, "Expected events must be ≥ 0.");
        }

        if (expected == 0)
        {
            return new StandardisedRatio(observed, expected, null);
        }

        var factor = scale / expected;
        var ratio = new Estimate(observed * factor,
            PoissonInterval.Lower(observed, confidence) * factor,
            PoissonInterval.Upper(observed, confidence) * factor,
            confidence.Level, PoissonInterval.MethodFor(observed));
        return new StandardisedRatio(observed, expected, ratio);
    }
}
