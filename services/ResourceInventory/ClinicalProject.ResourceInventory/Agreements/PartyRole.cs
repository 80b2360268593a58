namespace ClinicalProject.ResourceInventory.Agreements;

/// <summary>A party's part in an agreement.</summary>
public enum PartyRole
{
    Provider,
    Requester,
    Partner,
}
