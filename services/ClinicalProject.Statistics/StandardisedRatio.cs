namespace ClinicalProject.Statistics;

/// <summary>The outcome of an indirect standardisation: observed O, expected E and the ratio O/E with its interval.</summary>
/// <param name="Observed">O = Σxᵢ.</param>
/// <param name="Expected">E = Σ(x_ref,ᵢ/n_ref,ᵢ)nᵢ.</param>
/// <param name="Ratio">O/E × scale with the Poisson limits of O over E, or null when E = 0.</param>
public sealed record StandardisedRatio(double Observed, double Expected, Estimate? Ratio);
