using ClinicalProject.ResourceInventory.Organizations;

namespace ClinicalProject.ResourceInventory.Fhir;

/// <summary>The code systems of the FHIR export: FHIR's own where one fits, the inventory's (URNs) for the rest.</summary>
public static class FhirCodes
{
    public const string OrganizationKindSystem = "urn:clinicalproject:organization-kind";
    public const string ProgramSystem = "urn:clinicalproject:service-program";
    public const string LevelSystem = "urn:clinicalproject:continuum-level";
    public const string DeliveryModeSystem = "urn:clinicalproject:delivery-mode";
    public const string AffiliationSystem = "urn:clinicalproject:affiliation";
    public const string ResourceIdSystem = "urn:clinicalproject:resource-id";
    public const string MsssIdentifierSystem = "urn:clinicalproject:msss-establishment";
    public const string FhirOrganizationTypeSystem = "http://terminology.hl7.org/CodeSystem/organization-type";
    public const string FhirPhysicalTypeSystem = "http://terminology.hl7.org/CodeSystem/location-physical-type";
    public const string LanguageSystem = "urn:ietf:bcp:47";

    /// <summary>FHIR's organization-type code closest to each kind.</summary>
    public static string FhirOrganizationType(OrganizationKind kind) => kind switch
    {
        OrganizationKind.IntegratedCentre or OrganizationKind.Establishment or OrganizationKind.Clsc or OrganizationKind.Hospital
            or OrganizationKind.Gmf or OrganizationKind.Pharmacy => "prov",
        OrganizationKind.Police or OrganizationKind.Municipality => "govt",
        OrganizationKind.School => "edu",
        OrganizationKind.CommunityOrganization => "cg",
        _ => "other",
    };
}
