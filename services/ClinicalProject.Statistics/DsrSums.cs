namespace ClinicalProject.Statistics;

/// <summary>
/// Running sums of a direct standardisation: O = Σxᵢ, N = Σnᵢ, Σxᵢwᵢ/nᵢ, Σxᵢ(wᵢ/nᵢ)² and Σwᵢ.
/// A mutable struct so a hot loop over strata allocates nothing.
/// </summary>
public struct DsrSums
{
    /// <summary>Σxᵢ.</summary>
    public double Observed;

    /// <summary>Σnᵢ.</summary>
    public double Population;

    /// <summary>Σxᵢwᵢ/nᵢ.</summary>
    public double WeightedRateSum;

    /// <summary>Σxᵢ(wᵢ/nᵢ)².</summary>
    public double VarianceSum;

    /// <summary>Σwᵢ over every stratum, including those with no population.</summary>
    public double TotalWeight;

    /// <summary>Adds one stratum.</summary>
    /// <param name="count">Events xᵢ ≥ 0.</param>
    /// <param name="population">Population nᵢ ≥ 0; 0 only with no events.</param>
    /// <param name="weight">Standard weight wᵢ ≥ 0.</param>
    /// <param name="stratum">Position of the stratum, for the error message.</param>
    public void Add(double count, double population, double weight, int stratum = -1)
    {
        if (!(count >= 0) || !(population >= 0) || !(weight >= 0))
        {
            throw new ArgumentException(
                $"Stratum {stratum}: count ({count}), population ({population}) and weight ({weight}) must be ≥ 0.");
        }

        TotalWeight += weight;
        Observed += count;
        Population += population;
        if (count == 0)
        {
            // A stratum with no events adds nothing to the rate or its variance, even with no population.
            return;
        }

        if (population == 0)
        {
            throw new ArgumentException($"Stratum {stratum} has {count} events but no population.");
        }

        var ratio = weight / population;
        WeightedRateSum += count * ratio;
        VarianceSum += count * ratio * ratio;
    }
}
