namespace ClinicalProject.ResourceInventory.Agreements;

/// <summary>An organisation that is party to an agreement.</summary>
public sealed record AgreementParty(Guid OrganizationId, PartyRole? Role);
