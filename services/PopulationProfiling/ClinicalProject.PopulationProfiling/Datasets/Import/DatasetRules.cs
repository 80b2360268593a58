namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>The stable ids of the dataset import's row rules (file-level ones are in <c>ImportRules</c>).</summary>
public static class DatasetRules
{
    public const string Required = "required";
    public const string UnknownTerritory = "unknown-territory";
    public const string MixedLevels = "mixed-levels";
    public const string InvalidPeriod = "invalid-period";
    public const string InvalidAgeBand = "invalid-age-band";
    public const string InvalidAge = "invalid-age";
    public const string AgeColumns = "age-band-or-age";
    public const string InvalidSex = "invalid-sex";
    public const string UnknownIndicator = "unknown-indicator";
    public const string IndicatorFromPopulation = "indicator-computed-from-population";
    public const string InvalidCount = "invalid-count";
    public const string InvalidDate = "invalid-date";
    public const string DuplicateCell = "duplicate-cell";
    public const string CountOverflow = "count-overflow";
    public const string NoData = "no-data";
    public const string ExtraField = "extra-field";
}
