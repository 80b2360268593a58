namespace ClinicalProject.Statistics;

/// <summary>Crude rate x/n × multiplier with the Poisson limits of x (exact below 10, Byar's from 10) over n.</summary>
public static class CrudeRate
{
    /// <summary>The usual multiplier of a rate: per 100,000.</summary>
    public const double DefaultMultiplier = 100_000;

    /// <summary>Computes the rate and its interval.</summary>
    /// <param name="count">Number of events, ≥ 0.</param>
    /// <param name="population">Population at risk (or person-time), &gt; 0.</param>
    /// <param name="confidence">Confidence level of the interval.</param>
    /// <param name="multiplier">Scale of the result (100,000 = per 100,000).</param>
    public static Estimate Compute(double count, double population, ConfidenceLevel confidence,
        double multiplier = DefaultMultiplier)
    {
        if (!(population > 0) || double.IsInfinity(population))
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "A rate needs a population > 0.");
        }

        ValidateMultiplier(multiplier);
        var scale = multiplier / population;
        return new Estimate(
            count * scale,
            PoissonInterval.Lower(count, confidence) * scale,
            PoissonInterval.Upper(count, confidence) * scale,
            confidence.Level,
            PoissonInterval.MethodFor(count));
    }

    internal static void ValidateMultiplier(double multiplier)
    {
        if (!(multiplier > 0) || double.IsInfinity(multiplier))
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "A multiplier must be > 0.");
        }
    }
}
