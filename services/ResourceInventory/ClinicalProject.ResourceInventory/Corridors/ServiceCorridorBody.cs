using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Corridors;

/// <summary>A service corridor as submitted and read.</summary>
/// <param name="Level">The level of the continuum the referral leads to.</param>
/// <param name="AgreementId">The service agreement that backs the corridor, if any.</param>
public sealed record ServiceCorridorBody(
    string Name,
    int? Program,
    ContinuumLevel? Level,
    Guid? FromOrganizationId,
    Guid? ToOrganizationId,
    Guid? AgreementId = null,
    string? Description = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null);
