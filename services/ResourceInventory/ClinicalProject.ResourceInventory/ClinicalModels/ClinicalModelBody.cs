namespace ClinicalProject.ResourceInventory.ClinicalModels;

/// <summary>A clinical model as submitted and read.</summary>
/// <param name="EvidenceReferences">Citations or URLs of the evidence for the model.</param>
public sealed record ClinicalModelBody(
    string Name,
    IReadOnlyList<int>? Programs,
    IReadOnlyList<GapType>? GapTypes,
    string? Description = null,
    IReadOnlyList<string>? EvidenceReferences = null);
