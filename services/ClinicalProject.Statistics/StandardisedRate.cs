namespace ClinicalProject.Statistics;

/// <summary>
/// The outcome of a direct standardisation: the observed total, and the rate with its Dobson interval
/// when it may be published (observed ≥ 10), otherwise <see cref="Rate"/> is null.
/// </summary>
/// <param name="Observed">Σ xᵢ, the total number of events.</param>
/// <param name="Population">Σ nᵢ, the total population.</param>
/// <param name="Rate">The directly standardised rate with its interval, or null when not published.</param>
public sealed record StandardisedRate(double Observed, double Population, Estimate? Rate)
{
    /// <summary>Whether the rate may be published (Fingertips/PHE: not when fewer than 10 events).</summary>
    public bool IsPublished => Rate is not null;
}
