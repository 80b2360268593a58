namespace ClinicalProject.Contracts;

/// <summary>
/// Resources of the inventory were created, updated or retired in one committed change. A claim check:
/// consumers fetch what they need from the inventory's API (<c>/{kind route}/{Id}</c>).
/// </summary>
/// <param name="Changes">Each changed resource, with the version it now has.</param>
/// <param name="ChangedAt">When the change committed.</param>
[ContractName("inventory/resource-inventory-changed/v1")]
public sealed record ResourceInventoryChanged(IReadOnlyList<InventoryChange> Changes, DateTimeOffset ChangedAt);
