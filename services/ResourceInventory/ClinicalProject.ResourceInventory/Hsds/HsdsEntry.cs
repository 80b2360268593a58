namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>A resource read from an HSDS package: its id, its data, and the row it came from.</summary>
public sealed record HsdsEntry<TBody>(Guid Id, TBody Body, HsdsRow Source);
