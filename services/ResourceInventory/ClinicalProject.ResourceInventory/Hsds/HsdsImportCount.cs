namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>How many resources of one kind an import created, updated, or found already as the file says.</summary>
public sealed record HsdsImportCount(string Kind, int Created, int Updated, int Unchanged);
