namespace ClinicalProject.PopulationProfiling.Profiles.Jobs;

/// <summary>A stored dataset named by kind and version, such as <c>{ "kind": "events", "version": "2023" }</c>.</summary>
public sealed record DatasetReference(string? Kind, string? Version);
