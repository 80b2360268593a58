using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Sites;

namespace ClinicalProject.ResourceInventory.Tests.Infrastructure;

/// <summary>Valid resources to start from; tests change what they are about.</summary>
public static class Samples
{
    public static OrganizationBody Organization(string name = "CIUSSS de test", OrganizationKind kind = OrganizationKind.IntegratedCentre, Guid? parent = null) =>
        new(name, kind, Description: "Organisation de test", ParentOrganizationId: parent, Email: "info@example.org",
            Phones: [new Phone("819-555-0100", Type: "voice")]);

    public static SiteBody Site(Guid organizationId, string name = "Site de test", double latitude = TestTerritories.Da1Latitude, double longitude = TestTerritories.Da1Longitude) =>
        new(name, organizationId, SiteKind.Physical,
            Address: new Address("300 rue King Est", "Sherbrooke", "QC", "J1G 1B1", "CA"),
            Latitude: latitude, Longitude: longitude, AccessibilityNotes: "Entrée accessible en fauteuil roulant", Languages: ["fr", "en"]);

    public static HealthServiceBody Service(Guid organizationId, Guid siteId, string name = "Service de test", int program = 8, ContinuumLevel level = ContinuumLevel.FirstLine) =>
        new(name, organizationId, program, level, ServiceType: "Accueil, analyse, orientation et référence",
            Eligibility: new Eligibility(18, null, "Adultes"), Languages: ["fr", "en"],
            Schedules: [new WeeklyHours(Weekday.Monday, new TimeOnly(8, 30), new TimeOnly(16, 30))],
            DeliveryModes: [DeliveryMode.OnSite], SiteIds: [siteId]);

    public static ServiceAgreementBody Agreement(Guid provider, Guid requester, int program = 8) =>
        new("Entente de test", program, [new AgreementParty(provider, PartyRole.Provider), new AgreementParty(requester, PartyRole.Requester)],
            new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31),
            Volumes: [new AgreementVolume("Évaluations", 1200, "évaluations", "année")],
            MaximumDelays: [new MaximumDelay("P1", 3)], ReferralMethod: ReferralMethod.CentralAccessDesk, ReportingFrequency: ReportingFrequency.Quarterly);
}
