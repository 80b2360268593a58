using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>
/// An indicator of the catalogue: what is counted, over whom, and how it is measured. Its code is what
/// imported numerators and events name. Never exposed on the wire: see <see cref="IndicatorDto"/>.
/// </summary>
public sealed class Indicator
{
    /// <summary>Lower-case letters, digits, '-', '_' and '.' (such as "er-visits").</summary>
    public required string Code { get; init; }

    public required string NameFr { get; set; }

    public required string NameEn { get; set; }

    public IndicatorDomain Domain { get; set; }

    public MeasureType MeasureType { get; set; }

    /// <summary>Per how many people (100 for a percentage, 1,000, 100,000); 1 for counts, ratios and means.</summary>
    public double Multiplier { get; set; }

    public Polarity Polarity { get; set; }

    /// <summary>Related MSSS service-programs (1–9), comma-separated and ascending in the table.</summary>
    public string ServicePrograms { get; set; } = string.Empty;

    public NumeratorSource NumeratorSource { get; set; }

    /// <summary>Inclusive age range of the numerator (band-aligned), when it is narrower than the denominator's.</summary>
    public int? NumeratorAgeFrom { get; set; }

    public int? NumeratorAgeTo { get; set; }

    /// <summary>Inclusive age range of the population at risk; both null for all ages.</summary>
    public int? DenominatorAgeFrom { get; set; }

    public int? DenominatorAgeTo { get; set; }

    /// <summary>The standard population of a directly standardised rate (a <c>StandardPopulation</c> code).</summary>
    public string? StandardPopulationCode { get; set; }

    public required string NumeratorDefinition { get; set; }

    public required string DenominatorDefinition { get; set; }

    /// <summary>Bumped by every change: the ETag, and the If-Match check against lost updates.</summary>
    public int Revision { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
