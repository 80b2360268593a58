using System.ComponentModel;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>The body of <c>PUT /indicators/{code}</c>: a whole indicator, validated by <see cref="IndicatorValidator"/>.</summary>
public sealed record IndicatorInput(
    [property: Description("French name, as planners read it.")] string? NameFr,
    [property: Description("English name.")] string? NameEn,
    IndicatorDomain? Domain,
    MeasureType? MeasureType,
    [property: Description("Per how many people: 100 (percentage), 1000, 100000; 1 for counts, ratios and means. Default by measure type.")] double? Multiplier,
    Polarity? Polarity,
    [property: Description("Related MSSS service-programs, 1 (public health) to 9 (physical health).")] IReadOnlyList<int>? ServicePrograms,
    [property: Description("counts (imported numerators or events with this code) or population (people in the numerator's age range). Default counts.")] NumeratorSource? NumeratorSource,
    [property: Description("Inclusive lower age of the numerator, a band boundary (0, 5 … 90).")] int? NumeratorAgeFrom,
    [property: Description("Inclusive upper age of the numerator, a band end (4, 9 … 89).")] int? NumeratorAgeTo,
    [property: Description("Inclusive lower age of the population at risk.")] int? DenominatorAgeFrom,
    [property: Description("Inclusive upper age of the population at risk.")] int? DenominatorAgeTo,
    [property: Description("Standard population of a directly standardised rate; default esp2013.")] string? StandardPopulationCode,
    string? NumeratorDefinition,
    string? DenominatorDefinition);
