using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Sites;

/// <summary>A site as submitted and read.</summary>
/// <param name="ServesTerritories">Territory codes the site serves beyond where it stands (mobile and virtual sites).</param>
/// <param name="Territories">Read only: the territories the site is in (see <see cref="TerritoryLookup"/>) and those it serves; ignored when submitted.</param>
/// <param name="Languages">ISO 639 codes of the languages spoken at the site.</param>
public sealed record SiteBody(
    string Name,
    Guid? OrganizationId,
    SiteKind? Type,
    string? Description = null,
    Address? Address = null,
    double? Latitude = null,
    double? Longitude = null,
    IReadOnlyList<string>? ServesTerritories = null,
    IReadOnlyList<string>? Territories = null,
    string? AccessibilityNotes = null,
    string? Transportation = null,
    string? Url = null,
    IReadOnlyList<Phone>? Phones = null,
    IReadOnlyList<string>? Languages = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null);
