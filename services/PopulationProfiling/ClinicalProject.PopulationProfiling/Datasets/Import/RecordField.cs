namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>The fields a dataset file can have; which ones a kind needs is <see cref="DatasetLayouts"/>' business.</summary>
public enum RecordField
{
    Territory,
    Period,
    AgeBand,
    Age,
    Sex,
    Indicator,
    Count,
    Date,
}
