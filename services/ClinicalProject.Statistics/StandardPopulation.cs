namespace ClinicalProject.Statistics;

/// <summary>
/// A standard population for direct standardisation: ordered strata (usually age bands) with their
/// weights. The 2013 European Standard Population is built in; Quebec analysts usually supply a Quebec or
/// Canadian census population instead, so any set of labelled, non-negative weights is accepted.
/// </summary>
public sealed class StandardPopulation
{
    private readonly string[] _strata;
    private readonly double[] _weights;

    /// <summary>Creates a standard population.</summary>
    /// <param name="name">A name to show beside the rates (e.g. "ESP2013", "Québec 2021").</param>
    /// <param name="strata">Stratum labels in order, e.g. "0-4" … "90+"; unique.</param>
    /// <param name="weights">One weight per stratum, ≥ 0, summing to more than 0.</param>
    public StandardPopulation(string name, IReadOnlyList<string> strata, IReadOnlyList<double> weights)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(strata);
        ArgumentNullException.ThrowIfNull(weights);
        if (strata.Count == 0 || strata.Count != weights.Count)
        {
            throw new ArgumentException(
                $"A standard population needs one weight per stratum ({strata.Count} strata, {weights.Count} weights).",
                nameof(weights));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < strata.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(strata[i]) || !seen.Add(strata[i]))
            {
                throw new ArgumentException($"Stratum {i + 1} ('{strata[i]}') is empty or repeated.", nameof(strata));
            }

            if (!(weights[i] >= 0) || double.IsInfinity(weights[i]))
            {
                throw new ArgumentException($"The weight of stratum '{strata[i]}' ({weights[i]}) must be a finite number ≥ 0.",
                    nameof(weights));
            }
        }

        Name = name;
        _strata = [.. strata];
        _weights = [.. weights];
        TotalWeight = _weights.Sum();
        if (!(TotalWeight > 0))
        {
            throw new ArgumentException("The weights of a standard population must not all be 0.", nameof(weights));
        }
    }

    /// <summary>
    /// The 2013 European Standard Population (Eurostat 2013) in 19 bands 0–4 … 85–89, 90+; weights sum to
    /// 100,000.
    /// </summary>
    public static StandardPopulation European2013 { get; } = new(
        "ESP2013",
        ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
         "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"],
        [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000,
         7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000]);

    /// <summary>Name of the standard.</summary>
    public string Name { get; }

    /// <summary>Stratum labels in order.</summary>
    public IReadOnlyList<string> Strata => _strata;

    /// <summary>Weights in stratum order.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Σ weights.</summary>
    public double TotalWeight { get; }

    /// <summary>Number of strata.</summary>
    public int Count => _strata.Length;

    /// <summary>The position of a stratum label, or −1.</summary>
    public int IndexOf(string stratum) => Array.IndexOf(_strata, stratum);

    /// <summary>
    /// The weights re-ordered to follow <paramref name="strata"/> (the data's own band order), refusing any
    /// label the standard lacks or any standard band the data lacks: matching bands by name rather than by
    /// position avoids PHE's documented pitfall of silently mis-standardising unsorted data.
    /// </summary>
    public double[] WeightsFor(IReadOnlyList<string> strata)
    {
        ArgumentNullException.ThrowIfNull(strata);
        if (strata.Count != _strata.Length)
        {
            throw new ArgumentException(
                $"The data have {strata.Count} strata but the standard population '{Name}' has {_strata.Length}.",
                nameof(strata));
        }

        var result = new double[strata.Count];
        for (var i = 0; i < strata.Count; i++)
        {
            var index = IndexOf(strata[i]);
            if (index < 0)
            {
                throw new ArgumentException(
                    $"The stratum '{strata[i]}' is not in the standard population '{Name}' ({string.Join(", ", _strata)}).",
                    nameof(strata));
            }

            result[i] = _weights[index];
        }

        return result;
    }
}
