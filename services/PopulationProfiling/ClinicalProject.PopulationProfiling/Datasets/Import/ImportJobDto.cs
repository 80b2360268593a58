using System.Text.Json;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>An import job as the API returns it.</summary>
/// <param name="Percent">Share of the file read, 0–100.</param>
/// <param name="Dataset">Where the stored dataset is, once the job has succeeded.</param>
/// <param name="Problem">The RFC 7807 problem of a refused import (its errors list row, field, value and rule).</param>
public sealed record ImportJobDto(
    Guid Id,
    DatasetKind Kind,
    string Version,
    string HierarchyVersion,
    ImportJobState State,
    long BytesTotal,
    long RowsRead,
    double Percent,
    string? Dataset,
    JsonElement? Problem,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt);
