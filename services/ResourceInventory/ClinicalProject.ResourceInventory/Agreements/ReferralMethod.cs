namespace ClinicalProject.ResourceInventory.Agreements;

/// <summary>How a referral under an agreement is made.</summary>
public enum ReferralMethod
{
    Form,
    Phone,
    Fax,
    Email,

    /// <summary>An electronic referral platform.</summary>
    ElectronicPlatform,

    /// <summary>A central access desk (guichet d'accès, CRDS).</summary>
    CentralAccessDesk,
}
