using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>The file cannot be read any further (malformed CSV, not UTF-8, broken Parquet): the import stops with this error.</summary>
public sealed class DatasetFileException(ImportError error) : Exception(error.Message)
{
    public ImportError Error { get; } = error;
}
