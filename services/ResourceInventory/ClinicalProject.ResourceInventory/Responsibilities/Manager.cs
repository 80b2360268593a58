namespace ClinicalProject.ResourceInventory.Responsibilities;

/// <summary>A named person holding a role, with the organisation they hold it for.</summary>
public sealed record Manager(string Name, string? Title = null, string? Email = null, Guid? OrganizationId = null);
