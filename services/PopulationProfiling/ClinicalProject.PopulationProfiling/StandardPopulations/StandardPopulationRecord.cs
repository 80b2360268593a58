namespace ClinicalProject.PopulationProfiling.StandardPopulations;

/// <summary>
/// A standard population as the catalogue stores it: names and one weight per age band of <c>AgeBands</c> (both
/// sexes together, as the European and Canadian standards are published). Computations take the
/// <see cref="ClinicalProject.Statistics.StandardPopulation"/> built from it. Never exposed on the wire.
/// </summary>
public sealed class StandardPopulationRecord
{
    public required string Code { get; init; }

    public required string NameFr { get; set; }

    public required string NameEn { get; set; }

    /// <summary>The 19 weights, band order, invariant culture, comma-separated.</summary>
    public required string Weights { get; set; }

    /// <summary>Shipped with the service (the 2013 European Standard Population): it cannot be replaced.</summary>
    public bool BuiltIn { get; init; }

    public DateTime UpdatedAtUtc { get; set; }
}
