namespace ClinicalProject.ResourceInventory.Responsibilities;

/// <summary>Who is responsible, accountable, consulted or informed for one responsibility.</summary>
/// <param name="Responsibility">The task or decision, such as "Suivi des corridors de services".</param>
/// <param name="Holder">A person, team or organisation name.</param>
public sealed record RaciAssignment(string Responsibility, string Holder, RaciRole? Role, Guid? OrganizationId = null);
