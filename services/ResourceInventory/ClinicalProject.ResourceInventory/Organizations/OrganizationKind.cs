namespace ClinicalProject.ResourceInventory.Organizations;

/// <summary>The kinds of organisation a local services network works with.</summary>
public enum OrganizationKind
{
    /// <summary>CISSS or CIUSSS.</summary>
    IntegratedCentre,

    /// <summary>Another public or private establishment under agreement (CHSLD, rehabilitation centre…).</summary>
    Establishment,
    Clsc,
    Hospital,

    /// <summary>Groupe de médecine de famille.</summary>
    Gmf,
    Pharmacy,
    CommunityOrganization,
    School,
    Police,
    Municipality,
    Other,
}
