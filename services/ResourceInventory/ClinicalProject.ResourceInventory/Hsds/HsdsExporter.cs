using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Sites;
using Microsoft.EntityFrameworkCore;
using static ClinicalProject.ResourceInventory.Hsds.HsdsSchema;
using static ClinicalProject.ResourceInventory.Hsds.HsdsText;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// The active organisations, sites (HSDS locations), services and capacities as an HSDS package, in a stable
/// order (by id) so the same inventory always exports the same bytes. Agreements, corridors, roles and clinical
/// models have no place in HSDS; the FHIR export carries agreements and corridors.
/// </summary>
public static class HsdsExporter
{
    public static async Task<HsdsPackage> ExportAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.Status == ResourceStatus.Active).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var sites = await db.Sites.AsNoTracking().Where(s => s.Status == ResourceStatus.Active).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var services = await db.Services.AsNoTracking().Where(s => s.Status == ResourceStatus.Active).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var capacities = await db.Capacities.AsNoTracking().Where(c => c.Status == ResourceStatus.Active).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return Export(organizations, sites, services, capacities);
    }

    public static HsdsPackage Export(
        IReadOnlyList<Organization> organizations, IReadOnlyList<Site> sites, IReadOnlyList<HealthService> services, IReadOnlyList<CapacityRecord> capacities)
    {
        var package = new HsdsPackage();
        WriteTaxonomy(package);
        foreach (var organization in organizations)
        {
            WriteOrganization(package, organization);
        }

        foreach (var site in sites)
        {
            WriteSite(package, site);
        }

        foreach (var service in services)
        {
            WriteService(package, service);
        }

        foreach (var unit in capacities.Select(c => c.Unit).Distinct().Order())
        {
            package.Add(Unit, ("id", Of(UnitId(unit))), ("name", unit.ToString()), ("scheme", TaxonomyName), ("identifier", InventoryJson.Format(unit)));
        }

        foreach (var capacity in capacities)
        {
            package.Add(ServiceCapacity, ("id", Of(capacity.Id)), ("service_id", Of(capacity.ServiceId)), ("unit_id", Of(UnitId(capacity.Unit))),
                ("available", Of(capacity.Value)), ("maximum", Of(capacity.Maximum)), ("description", capacity.Description),
                ("updated", $"{Of(capacity.AsOf)}T00:00:00Z"));
            Attribute(package, "service_capacity", capacity.Id, Terms.CapacitySite, Of(capacity.SiteId));
        }

        return package;
    }

    public static Guid UnitId(CapacityUnit unit) => DeterministicId("unit", InventoryJson.Format(unit));

    private static void WriteTaxonomy(HsdsPackage package)
    {
        package.Add(Taxonomy, ("id", Of(TaxonomyId)), ("name", TaxonomyName),
            ("description", "Attributes of the ClinicalProject resource inventory that HSDS has no field for."), ("version", "1"));
        foreach (var (code, description) in Terms.Descriptions)
        {
            package.Add(TaxonomyTerm, ("id", Of(TermId(code))), ("code", code), ("name", code), ("description", description), ("taxonomy_id", Of(TaxonomyId)));
        }
    }

    private static void WriteOrganization(HsdsPackage package, Organization o)
    {
        package.Add(HsdsSchema.Organization, ("id", Of(o.Id)), ("name", o.Name), ("alternate_name", o.AlternateName), ("description", o.Description ?? ""),
            ("email", o.Email), ("website", o.Website), ("parent_organization_id", Of(o.ParentOrganizationId)));
        if (o.Identifier is not null)
        {
            package.Add(OrganizationIdentifier, ("id", Of(DeterministicId(o.Id, "identifier"))), ("organization_id", Of(o.Id)),
                ("identifier_scheme", "MSSS"), ("identifier_type", "establishment"), ("identifier", o.Identifier));
        }

        WritePhones(package, o.Phones, o.Id, "organization_id");
        Attribute(package, "organization", o.Id, Terms.OrganizationKind, InventoryJson.Format(o.Type));
        WriteValidity(package, "organization", o.Id, o.ValidFrom, o.ValidTo);
    }

    private static void WriteSite(HsdsPackage package, Site s)
    {
        package.Add(Location, ("id", Of(s.Id)), ("location_type", s.Type == SiteKind.Virtual ? "virtual" : "physical"), ("url", s.Url),
            ("organization_id", Of(s.OrganizationId)), ("name", s.Name), ("description", s.Description), ("transportation", s.Transportation),
            ("latitude", Of(s.Latitude)), ("longitude", Of(s.Longitude)));
        if (s.Address is { } a)
        {
            package.Add(HsdsSchema.Address, ("id", Of(DeterministicId(s.Id, "address"))), ("location_id", Of(s.Id)), ("attention", a.Attention),
                ("address_1", a.Address1), ("address_2", a.Address2), ("city", a.City), ("region", a.Region), ("state_province", a.StateProvince),
                ("postal_code", a.PostalCode), ("country", a.Country), ("address_type", "physical"));
        }

        if (s.AccessibilityNotes is not null)
        {
            package.Add(Accessibility, ("id", Of(DeterministicId(s.Id, "accessibility"))), ("location_id", Of(s.Id)), ("description", s.AccessibilityNotes));
        }

        WritePhones(package, s.Phones, s.Id, "location_id");
        WriteLanguages(package, s.Languages, s.Id, "location_id");
        Attribute(package, "location", s.Id, Terms.SiteKind, InventoryJson.Format(s.Type));
        for (var i = 0; i < s.ServesTerritories.Count; i++)
        {
            Attribute(package, "location", s.Id, Terms.ServesTerritory, s.ServesTerritories[i], i);
        }

        WriteValidity(package, "location", s.Id, s.ValidFrom, s.ValidTo);
    }

    private static void WriteService(HsdsPackage package, HealthService s)
    {
        package.Add(HsdsSchema.Service, ("id", Of(s.Id)), ("organization_id", Of(s.OrganizationId)), ("name", s.Name), ("alternate_name", s.AlternateName),
            ("description", s.Description), ("url", s.Url), ("email", s.Email), ("status", "active"), ("application_process", s.ApplicationProcess),
            ("eligibility_description", s.EligibilityDescription), ("minimum_age", Of(s.MinimumAge)), ("maximum_age", Of(s.MaximumAge)));
        foreach (var siteId in s.SiteIds)
        {
            package.Add(ServiceAtLocation, ("id", Of(ServiceAtLocationId(s.Id, siteId))), ("service_id", Of(s.Id)), ("location_id", Of(siteId)));
        }

        for (var i = 0; i < s.Schedules.Count; i++)
        {
            var h = s.Schedules[i];
            package.Add(Schedule, ("id", Of(DeterministicId(s.Id, "schedule", i))), ("service_id", Of(s.Id)),
                ("service_at_location_id", h.SiteId is { } site ? Of(ServiceAtLocationId(s.Id, site)) : null),
                ("valid_from", Of(h.ValidFrom)), ("valid_to", Of(h.ValidTo)), ("freq", "WEEKLY"), ("byday", Days[(int)h.Day!.Value]),
                ("opens_at", Of(h.OpensAt)), ("closes_at", Of(h.ClosesAt)), ("notes", h.Notes));
        }

        WritePhones(package, s.Phones, s.Id, "service_id");
        WriteLanguages(package, s.Languages, s.Id, "service_id");
        Attribute(package, "service", s.Id, Terms.Program, Of(s.Program));
        Attribute(package, "service", s.Id, Terms.Level, InventoryJson.Format(s.Level));
        Attribute(package, "service", s.Id, Terms.ServiceType, s.ServiceType);
        for (var i = 0; i < s.DeliveryModes.Count; i++)
        {
            Attribute(package, "service", s.Id, Terms.DeliveryMode, InventoryJson.Format(s.DeliveryModes[i]), i);
        }

        WriteValidity(package, "service", s.Id, s.ValidFrom, s.ValidTo);
    }

    public static Guid ServiceAtLocationId(Guid serviceId, Guid siteId) => DeterministicId("service_at_location", serviceId, siteId);

    private static void WritePhones(HsdsPackage package, List<Inventory.Phone> phones, Guid owner, string ownerColumn)
    {
        for (var i = 0; i < phones.Count; i++)
        {
            var p = phones[i];
            package.Add(HsdsSchema.Phone, ("id", Of(DeterministicId(owner, "phone", i))), (ownerColumn, Of(owner)), ("number", p.Number),
                ("extension", Of(p.Extension)), ("type", p.Type), ("description", p.Description));
        }
    }

    private static void WriteLanguages(HsdsPackage package, List<string> codes, Guid owner, string ownerColumn)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            package.Add(Language, ("id", Of(DeterministicId(owner, "language", i))), (ownerColumn, Of(owner)), ("code", codes[i]));
        }
    }

    private static void WriteValidity(HsdsPackage package, string entity, Guid id, DateOnly? from, DateOnly? to)
    {
        Attribute(package, entity, id, Terms.ValidFrom, Of(from));
        Attribute(package, entity, id, Terms.ValidTo, Of(to));
    }

    private static void Attribute(HsdsPackage package, string entity, Guid linkId, string term, string? value, int index = 0)
    {
        if (value is null)
        {
            return;
        }

        package.Add(HsdsSchema.Attribute, ("id", Of(DeterministicId(linkId, "attribute", term, index))), ("link_id", Of(linkId)),
            ("link_type", term), ("link_entity", entity), ("taxonomy_term_id", Of(TermId(term))), ("value", value));
    }
}
