using Microsoft.AspNetCore.Mvc;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>How an import ended: the dataset (created or already there), or the problem that refused it.</summary>
public sealed record DatasetImportOutcome(DatasetStore.Status? Status, DatasetSummary? Dataset, ProblemDetails? Problem);
