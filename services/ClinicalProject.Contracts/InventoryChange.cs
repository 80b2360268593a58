namespace ClinicalProject.Contracts;

/// <summary>One resource of a <see cref="ResourceInventoryChanged"/> event.</summary>
/// <param name="Kind">organization, site, service, capacity, agreement, corridor, responsibility, clinical-model or collaboration.</param>
/// <param name="Id">The resource's id.</param>
/// <param name="Version">Its version after the change (1 when created; every update and the retirement add one).</param>
/// <param name="Action">created, updated or retired.</param>
public sealed record InventoryChange(string Kind, Guid Id, int Version, string Action);
