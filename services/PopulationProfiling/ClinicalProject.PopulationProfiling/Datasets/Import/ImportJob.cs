namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// A dataset import as a resource: dashboards and scripts poll its progress while a large file is read, and
/// read its outcome (the dataset, or the RFC 7807 problem) when it ends.
/// </summary>
public sealed class ImportJob
{
    public Guid Id { get; init; }

    public DatasetKind Kind { get; init; }

    public required string Version { get; init; }

    public required string HierarchyVersion { get; init; }

    public ImportJobState State { get; set; }

    public long BytesTotal { get; set; }

    public long RowsRead { get; set; }

    /// <summary>0 to 100.</summary>
    public double Percent { get; set; }

    public Guid? DatasetId { get; set; }

    /// <summary>The 400/409 problem as JSON, when the import was refused.</summary>
    public string? ProblemJson { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    /// <summary>Written with every progress report: a running job that stops reporting has lost its replica.</summary>
    public DateTime UpdatedAtUtc { get; set; }

    public DateTime? CompletedAtUtc { get; set; }
}
