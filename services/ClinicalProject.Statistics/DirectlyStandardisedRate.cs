namespace ClinicalProject.Statistics;

/// <summary>
/// Directly standardised rate DSR = Σ(xᵢwᵢ/nᵢ)/Σwᵢ × multiplier, with
/// var = Σ(xᵢ(wᵢ/nᵢ)²)/(Σwᵢ)² and Dobson's interval DSR + √(var/O)(O_L − O) × multiplier (same with O_U),
/// O = Σxᵢ and O_L, O_U its Poisson limits (exact below 10, Byar's from 10). Not published when O &lt; 10.
/// </summary>
public static class DirectlyStandardisedRate
{
    /// <summary>Below this many events a DSR is not published (PHE/Fingertips rule).</summary>
    public const double MinimumObserved = 10;

    /// <summary>Standardises counts and populations given in the order of <paramref name="weights"/>.</summary>
    /// <param name="counts">Events per stratum, ≥ 0.</param>
    /// <param name="populations">Population per stratum, ≥ 0; 0 only where the count is 0.</param>
    /// <param name="weights">Standard population weight per stratum (see <see cref="StandardPopulation.WeightsFor"/>).</param>
    /// <param name="confidence">Confidence level of the interval.</param>
    /// <param name="multiplier">Scale of the result (100,000 = per 100,000).</param>
    public static StandardisedRate Compute(ReadOnlySpan<double> counts, ReadOnlySpan<double> populations,
        ReadOnlySpan<double> weights, ConfidenceLevel confidence, double multiplier = CrudeRate.DefaultMultiplier)
    {
        var sums = Accumulate(counts, populations, weights);
        return new StandardisedRate(sums.Observed, sums.Population,
            FromSums(sums, confidence, multiplier));
    }

    /// <summary>The sums a DSR needs, for callers that build them incrementally over strata.</summary>
    public static DsrSums Accumulate(ReadOnlySpan<double> counts, ReadOnlySpan<double> populations,
        ReadOnlySpan<double> weights)
    {
        if (counts.Length != populations.Length || counts.Length != weights.Length || counts.Length == 0)
        {
            throw new ArgumentException(
                $"Counts ({counts.Length}), populations ({populations.Length}) and weights ({weights.Length}) must have one entry per stratum.");
        }

        var sums = new DsrSums();
        for (var i = 0; i < counts.Length; i++)
        {
            sums.Add(counts[i], populations[i], weights[i], i);
        }

        return sums;
    }

    /// <summary>The rate and its interval from accumulated sums, or null when O &lt; 10 or Σw = 0.</summary>
    public static Estimate? FromSums(DsrSums sums, ConfidenceLevel confidence,
        double multiplier = CrudeRate.DefaultMultiplier)
    {
        CrudeRate.ValidateMultiplier(multiplier);
        if (sums.Observed < MinimumObserved || !(sums.TotalWeight > 0))
        {
            return null;
        }

        var (value, lower, upper) = Limits(sums, confidence);
        return new Estimate(value * multiplier, lower * multiplier, upper * multiplier, confidence.Level,
            IntervalMethod.Dobson);
    }

    /// <summary>
    /// The unscaled rate and Dobson limits (per person), for hot loops; the caller checks
    /// <see cref="MinimumObserved"/>. Requires O &gt; 0.
    /// </summary>
    public static (double Value, double Lower, double Upper) Limits(DsrSums sums, ConfidenceLevel confidence)
    {
        var observed = sums.Observed;
        var value = sums.WeightedRateSum / sums.TotalWeight;
        var variance = sums.VarianceSum / (sums.TotalWeight * sums.TotalWeight);
        var spread = Math.Sqrt(variance / observed);
        var lower = value + spread * (PoissonInterval.Lower(observed, confidence) - observed);
        var upper = value + spread * (PoissonInterval.Upper(observed, confidence) - observed);
        return (value, lower, upper);
    }
}
