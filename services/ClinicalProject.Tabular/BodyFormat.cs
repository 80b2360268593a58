namespace ClinicalProject.Tabular;

/// <summary>The file formats the imports accept, told apart by the request's Content-Type.</summary>
public enum BodyFormat
{
    Unsupported,
    Csv,
    Json,
    Parquet,
}

