namespace ClinicalProject.ResourceInventory.Organizations;

/// <summary>An organisation as submitted and read.</summary>
/// <param name="Identifier">An official identifier, such as the MSSS establishment or permit number.</param>
public sealed record OrganizationBody(
    string Name,
    OrganizationKind? Type,
    string? AlternateName = null,
    string? Description = null,
    Guid? ParentOrganizationId = null,
    string? Identifier = null,
    string? Email = null,
    string? Website = null,
    IReadOnlyList<Inventory.Phone>? Phones = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null);
