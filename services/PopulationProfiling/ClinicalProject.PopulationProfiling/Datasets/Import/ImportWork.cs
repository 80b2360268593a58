using ClinicalProject.Tabular;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>An uploaded file waiting for the background worker (asynchronous imports).</summary>
public sealed record ImportWork(Guid JobId, string FilePath, BodyFormat Format);
