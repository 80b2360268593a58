using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Sites;

namespace ClinicalProject.ResourceInventory.Tests.Infrastructure;

/// <summary>
/// An inventory that uses every field HSDS can carry (and the attributes that carry the rest), for the round
/// trips: a parent and a child organisation, a physical, a virtual and a mobile site, services with site-specific
/// hours, and capacities with and without a site.
/// </summary>
public static class RichInventory
{
    public sealed record Ids(List<(string Route, Guid Id)> All);

    public static async Task<Ids> CreateAsync(HttpClient client)
    {
        var all = new List<(string, Guid)>();
        async Task<Guid> Create(string route, object body)
        {
            var id = await client.CreateAsync(route, body);
            all.Add((route, id));
            return id;
        }

        var centre = await Create("/organizations", new OrganizationBody("CIUSSS de l'Estrie – CHUS (synthétique)", OrganizationKind.IntegratedCentre,
            "CIUSSS Estrie", "Centre intégré, description \"entre guillemets\", virgule, et\nsaut de ligne", null, "11045153", "info@example.org",
            "https://example.org", [new Phone("819-555-0100", 123, "voice", "Standard"), new Phone("819-555-0101", Type: "fax")],
            new DateOnly(2015, 4, 1), null));
        var gmf = await Create("/organizations", new OrganizationBody("GMF des Tests", OrganizationKind.Gmf, ParentOrganizationId: centre,
            ValidFrom: new DateOnly(2020, 1, 1), ValidTo: new DateOnly(2030, 12, 31)));
        var hospital = await Create("/sites", new SiteBody("Hôpital de test", centre, SiteKind.Physical, "Pavillon principal",
            new Address("300 rue King Est", "Sherbrooke", "QC", "J1G 1B1", "CA", "Porte 2", "Estrie", "Accueil"),
            45.4012345, -71.8854321, null, null, "Rampe d'accès, ascenseurs", "Autobus 2 et 8", null,
            [new Phone("819-555-0200")], ["fr", "en"], new DateOnly(2019, 5, 1), null));
        var online = await Create("/sites", new SiteBody("Clinique virtuelle", centre, SiteKind.Virtual, Url: "https://example.org/virtuel", Languages: ["fr"]));
        var mobile = await Create("/sites", new SiteBody("Équipe de proximité", gmf, SiteKind.Mobile, Latitude: 45.27, Longitude: -72.15,
            ServesTerritories: ["0513", "05151"], Phones: [new Phone("819-555-0300", Type: "cell")]));
        var mental = await Create("/services", new HealthServiceBody("Santé mentale adulte – guichet d'accès", centre, 8, ContinuumLevel.FirstLine,
            "Accueil, analyse, orientation et référence", "GASMA", "Porte d'entrée des services de santé mentale", new Eligibility(18, 64, "Adultes du RLS"),
            ["fr", "en"],
            [
                new WeeklyHours(Weekday.Monday, new TimeOnly(8, 30), new TimeOnly(16, 30)),
                new WeeklyHours(Weekday.Tuesday, new TimeOnly(8, 30), new TimeOnly(12, 0), hospital, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "Sans rendez-vous"),
                new WeeklyHours(Weekday.Saturday, new TimeOnly(9, 0), new TimeOnly(12, 0, 30), online),
            ],
            [DeliveryMode.OnSite, DeliveryMode.Virtual], [hospital, online], "gasma@example.org", "https://example.org/gasma",
            "Appeler le guichet", [new Phone("819-555-0400", Description: "Guichet")], new DateOnly(2024, 4, 1), new DateOnly(2027, 3, 31)));
        var outreach = await Create("/services", new HealthServiceBody("Soutien à domicile", gmf, 3, ContinuumLevel.RehabilitationLongTermSupport,
            DeliveryModes: [DeliveryMode.Outreach], SiteIds: [mobile]));
        await Create("/capacities", new CapacityBody(mental, CapacityUnit.Fte, 12.5m, new DateOnly(2025, 4, 1), hospital, 14m, "Intervenants"));
        await Create("/capacities", new CapacityBody(mental, CapacityUnit.Fte, 11.25m, new DateOnly(2024, 4, 1), hospital));
        await Create("/capacities", new CapacityBody(outreach, CapacityUnit.HoursPerWeek, 350m, new DateOnly(2025, 4, 1)));
        return new Ids(all);
    }
}
