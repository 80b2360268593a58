using System.ComponentModel;

namespace ClinicalProject.PopulationProfiling.Profiles.Jobs;

/// <summary>The body of <c>POST /profiles/jobs</c>: which data to profile.</summary>
public sealed record ProfileJobRequest(
    [property: Description("The population dataset (kind population) giving the denominators.")] string? PopulationDataset,
    [property: Description("Numerator datasets: versions of kind numerators or events. An indicator may appear in one of them only.")] IReadOnlyList<DatasetReference>? NumeratorDatasets,
    [property: Description("Indicator codes; default every catalogue indicator the data can compute.")] IReadOnlyList<string>? Indicators,
    [property: Description("Periods (years); default every period of the population dataset.")] IReadOnlyList<int>? Periods,
    [property: Description("A deprivation index version, for the quintile breakdowns (DA-level data only).")] string? DeprivationIndex);
