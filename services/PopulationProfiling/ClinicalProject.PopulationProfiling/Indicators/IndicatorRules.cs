namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>The stable ids of the catalogue's validation rules (the <c>rule</c> of each error).</summary>
public static class IndicatorRules
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string InvalidCode = "invalid-code";
    public const string OutOfRange = "out-of-range";
    public const string NotABandBoundary = "not-a-band-boundary";
    public const string EmptyAgeRange = "empty-age-range";
    public const string NumeratorOutsideDenominator = "numerator-outside-denominator";
    public const string SourceNeedsProportion = "population-numerator-needs-proportion-or-count";
    public const string StandardPopulationOnlyForDsr = "standard-population-only-for-dsr";
    public const string UnknownStandardPopulation = "unknown-standard-population";
}
