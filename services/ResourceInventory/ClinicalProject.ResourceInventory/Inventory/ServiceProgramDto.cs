namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>A service-program with its labels.</summary>
public sealed record ServiceProgramDto(int Number, string NameFr, string NameEn);
