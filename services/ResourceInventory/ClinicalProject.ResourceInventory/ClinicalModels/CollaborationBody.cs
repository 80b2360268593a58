namespace ClinicalProject.ResourceInventory.ClinicalModels;

/// <summary>A collaboration as submitted and read.</summary>
public sealed record CollaborationBody(
    Guid? ClinicalModelId,
    IReadOnlyList<Guid>? OrganizationIds,
    IReadOnlyList<string>? TerritoryCodes,
    CollaborationDecision? Decision,
    int? Program = null,
    string? Notes = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null);
