namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>A resource as the API answers it: its data and its lifecycle, version and last change.</summary>
public sealed record ResourceDto<TBody>(
    Guid Id,
    string Kind,
    string Status,
    int Version,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime UpdatedAt,
    string UpdatedBy,
    TBody Data);
