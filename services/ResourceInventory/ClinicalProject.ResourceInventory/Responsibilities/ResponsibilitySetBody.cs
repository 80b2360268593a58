namespace ClinicalProject.ResourceInventory.Responsibilities;

/// <summary>Roles and responsibilities as submitted and read.</summary>
public sealed record ResponsibilitySetBody(
    int? Program,
    string TerritoryCode,
    Manager? ClinicalAdministrativeManager,
    Manager? MedicalManager,
    IReadOnlyList<RaciAssignment>? Assignments = null,
    string? Notes = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null);
