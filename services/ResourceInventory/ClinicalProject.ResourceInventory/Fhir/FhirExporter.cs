using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.Corridors;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Inventory;

using ClinicalProject.ResourceInventory.Sites;
using Hl7.Fhir.Model;
using Address = Hl7.Fhir.Model.Address;
using Microsoft.EntityFrameworkCore;
using static ClinicalProject.ResourceInventory.Fhir.FhirCodes;
using Task = System.Threading.Tasks.Task;

namespace ClinicalProject.ResourceInventory.Fhir;

/// <summary>
/// The active inventory as a FHIR R4 collection Bundle: organisations as Organization, sites as Location,
/// services as HealthcareService, and service agreements and corridors as OrganizationAffiliation (for an
/// agreement, one per requester–provider pair: organization = the requester, participatingOrganization = the
/// provider; for a corridor, organization = the referring establishment, participatingOrganization = the
/// receiving one). Entries are identified by <c>urn:uuid:</c> full URLs, which references use.
/// </summary>
public static class FhirExporter
{
    public static async Task<Bundle> ExportAsync(InventoryDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.Status == ResourceStatus.Active).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var sites = await db.Sites.AsNoTracking().Where(s => s.Status == ResourceStatus.Active).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var services = await db.Services.AsNoTracking().Where(s => s.Status == ResourceStatus.Active).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.Status == ResourceStatus.Active).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var corridors = await db.Corridors.AsNoTracking().Where(c => c.Status == ResourceStatus.Active).OrderBy(c => c.Id).ToListAsync(cancellationToken);

        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = now, Id = Guid.CreateVersion7(now).ToString() };
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var exported = organizations.Select(o => o.Id).ToHashSet();
        foreach (var organization in organizations)
        {
            Add(bundle, ToOrganization(organization, exported));
        }

        foreach (var site in sites.Where(s => exported.Contains(s.OrganizationId)))
        {
            Add(bundle, ToLocation(site));
        }

        var exportedSites = sites.Select(s => s.Id).ToHashSet();
        foreach (var service in services.Where(s => exported.Contains(s.OrganizationId)))
        {
            Add(bundle, ToHealthcareService(service, exportedSites));
        }

        foreach (var agreement in agreements)
        {
            foreach (var affiliation in ToAffiliations(agreement, exported, today))
            {
                Add(bundle, affiliation);
            }
        }

        foreach (var corridor in corridors.Where(c => exported.Contains(c.FromOrganizationId) && exported.Contains(c.ToOrganizationId)))
        {
            Add(bundle, ToAffiliation(corridor, today));
        }

        return bundle;
    }

    private static void Add(Bundle bundle, Resource resource) =>
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = Urn(Guid.Parse(resource.Id!)), Resource = resource });

    private static string Urn(Guid id) => $"urn:uuid:{id}";

    private static ResourceReference Reference(Guid id) => new(Urn(id));

    private static Organization ToOrganization(ResourceInventory.Organizations.Organization o, HashSet<Guid> exported)
    {
        var organization = new Organization
        {
            Id = o.Id.ToString(),
            Active = true,
            Name = o.Name,
            Type =
            [
                new CodeableConcept(FhirOrganizationTypeSystem, FhirOrganizationType(o.Type)),
                new CodeableConcept(OrganizationKindSystem, InventoryJson.Format(o.Type)),
            ],
            PartOf = o.ParentOrganizationId is { } parent && exported.Contains(parent) ? Reference(parent) : null,
            Telecom = Telecom(o.Phones, o.Email, o.Website),
        };
        organization.Identifier.Add(new Identifier(ResourceIdSystem, o.Id.ToString()));
        if (o.Identifier is not null)
        {
            organization.Identifier.Add(new Identifier(MsssIdentifierSystem, o.Identifier));
        }

        if (o.AlternateName is not null)
        {
            organization.AliasElement.Add(new FhirString(o.AlternateName));
        }

        return organization;
    }

    private static Location ToLocation(Site s)
    {
        var location = new Location
        {
            Id = s.Id.ToString(),
            Status = Location.LocationStatus.Active,
            Mode = Location.LocationMode.Instance,
            Name = s.Name,
            Description = JoinLines(s.Description, s.AccessibilityNotes is null ? null : $"Accessibilité : {s.AccessibilityNotes}", s.Transportation),
            PhysicalType = new CodeableConcept(FhirPhysicalTypeSystem, s.Type switch
            {
                SiteKind.Virtual => "vi",
                SiteKind.Mobile => "area", // an outreach team serves an area rather than a building
                _ => "bu",
            }),
            ManagingOrganization = Reference(s.OrganizationId),
            Telecom = Telecom(s.Phones, null, s.Url),
        };
        location.Identifier.Add(new Identifier(ResourceIdSystem, s.Id.ToString()));
        if (s.Latitude is { } latitude && s.Longitude is { } longitude)
        {
            location.Position = new Location.PositionComponent { Latitude = (decimal)latitude, Longitude = (decimal)longitude };
        }

        if (s.Address is { } a)
        {
            location.Address = new Address
            {
                Use = Address.AddressUse.Work,
                Type = Address.AddressType.Physical,
                Line = new[] { a.Attention is null ? null : $"a/s {a.Attention}", a.Address1, a.Address2 }.OfType<string>(),
                City = a.City,
                District = a.Region,
                State = a.StateProvince,
                PostalCode = a.PostalCode,
                Country = a.Country,
            };
        }

        return location;
    }

    private static HealthcareService ToHealthcareService(HealthService s, HashSet<Guid> exportedSites)
    {
        var program = ServicePrograms.All.First(p => p.Number == s.Program);
        var service = new HealthcareService
        {
            Id = s.Id.ToString(),
            Active = true,
            ProvidedBy = Reference(s.OrganizationId),
            Name = s.Name,
            Comment = s.Description,
            Category = [new CodeableConcept(ProgramSystem, s.Program.ToString(System.Globalization.CultureInfo.InvariantCulture), program.NameFr, null)],
            Program = [new CodeableConcept(ProgramSystem, s.Program.ToString(System.Globalization.CultureInfo.InvariantCulture), program.NameFr, null)],
            Characteristic = [new CodeableConcept(LevelSystem, InventoryJson.Format(s.Level)), .. s.DeliveryModes.Select(m => new CodeableConcept(DeliveryModeSystem, InventoryJson.Format(m)))],
            Location = [.. s.SiteIds.Where(exportedSites.Contains).Select(Reference)],
            Telecom = Telecom(s.Phones, s.Email, s.Url),
            Communication = [.. s.Languages.Select(l => new CodeableConcept(LanguageSystem, l))],
            AvailableTime = [.. s.Schedules.Select(ToAvailableTime)],
        };
        service.Identifier.Add(new Identifier(ResourceIdSystem, s.Id.ToString()));
        if (s.ServiceType is not null)
        {
            service.Type.Add(new CodeableConcept { Text = s.ServiceType });
        }

        if (s.MinimumAge is not null || s.MaximumAge is not null || s.EligibilityDescription is not null)
        {
            var ages = (s.MinimumAge, s.MaximumAge) switch
            {
                ({ } min, { } max) => $"{min}–{max} ans",
                ({ } min, null) => $"{min} ans et plus",
                (null, { } max) => $"jusqu'à {max} ans",
                _ => null,
            };
            service.Eligibility.Add(new HealthcareService.EligibilityComponent
            {
                Code = new CodeableConcept { Text = ages ?? "Critères" },
                Comment = s.EligibilityDescription,
            });
        }

        if (s.ApplicationProcess is not null)
        {
            service.ExtraDetails = s.ApplicationProcess;
        }

        return service;
    }

    private static HealthcareService.AvailableTimeComponent ToAvailableTime(WeeklyHours hours) => new()
    {
        DaysOfWeek = [(DaysOfWeek)(int)hours.Day!.Value],
        AvailableStartTime = hours.OpensAt?.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        AvailableEndTime = hours.ClosesAt?.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static IEnumerable<OrganizationAffiliation> ToAffiliations(ServiceAgreement a, HashSet<Guid> exported, DateOnly today)
    {
        var providers = a.Parties.Where(p => p.Role == PartyRole.Provider && exported.Contains(p.OrganizationId)).ToList();
        var others = a.Parties.Where(p => p.Role != PartyRole.Provider && exported.Contains(p.OrganizationId)).ToList();
        foreach (var provider in providers)
        {
            foreach (var other in others)
            {
                var affiliation = Affiliation(HsdsIdFor(a.Id, provider.OrganizationId, other.OrganizationId), "service-agreement", a.Program, null, a.ValidFrom, a.ValidTo, today);
                affiliation.Identifier.Add(new Identifier(ResourceIdSystem, a.Id.ToString()));
                affiliation.Organization = Reference(other.OrganizationId);
                affiliation.ParticipatingOrganization = Reference(provider.OrganizationId);
                yield return affiliation;
            }
        }
    }

    private static OrganizationAffiliation ToAffiliation(ServiceCorridor c, DateOnly today)
    {
        var affiliation = Affiliation(c.Id, "service-corridor", c.Program, c.Level, c.ValidFrom, c.ValidTo, today);
        affiliation.Identifier.Add(new Identifier(ResourceIdSystem, c.Id.ToString()));
        if (c.AgreementId is { } agreement)
        {
            affiliation.Identifier.Add(new Identifier($"{ResourceIdSystem}:agreement", agreement.ToString()));
        }

        affiliation.Organization = Reference(c.FromOrganizationId);
        affiliation.ParticipatingOrganization = Reference(c.ToOrganizationId);
        return affiliation;
    }

    private static OrganizationAffiliation Affiliation(Guid id, string kind, int program, ContinuumLevel? level, DateOnly? from, DateOnly? to, DateOnly today)
    {
        var code = new List<CodeableConcept> { new(AffiliationSystem, kind), new(ProgramSystem, program.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        if (level is { } l)
        {
            code.Add(new CodeableConcept(LevelSystem, InventoryJson.Format(l)));
        }

        return new OrganizationAffiliation
        {
            Id = id.ToString(),
            Active = (from is null || from <= today) && (to is null || to >= today),
            Code = code,
            Period = from is null && to is null ? null : new Period { Start = from?.ToString("yyyy-MM-dd"), End = to?.ToString("yyyy-MM-dd") },
        };
    }

    /// <summary>One affiliation per pair needs an id of its own, stable across exports.</summary>
    private static Guid HsdsIdFor(Guid agreement, Guid provider, Guid other) => Hsds.HsdsSchema.DeterministicId("affiliation", agreement, provider, other);

    private static List<ContactPoint> Telecom(IEnumerable<Inventory.Phone> phones, string? email, string? url)
    {
        var telecom = phones.Select(p => new ContactPoint(p.Type == "fax" ? ContactPoint.ContactPointSystem.Fax : ContactPoint.ContactPointSystem.Phone,
            ContactPoint.ContactPointUse.Work, p.Extension is { } ext ? $"{p.Number} #{ext}" : p.Number)).ToList();
        if (email is not null)
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Work, email));
        }

        if (url is not null)
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Url, ContactPoint.ContactPointUse.Work, url));
        }

        return telecom;
    }

    private static string? JoinLines(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join("\n", present);
    }
}
