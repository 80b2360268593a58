namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>What an import did, per kind of resource.</summary>
public sealed record HsdsImportSummary(IReadOnlyList<HsdsImportCount> Kinds, int ChangeCount);
