using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Sites;
using static ClinicalProject.ResourceInventory.Hsds.HsdsSchema;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// Turns HSDS tables into inventory resources: organization, location (site), service and service_capacity
/// rows with the phones, addresses, languages, schedules, service_at_location links and attributes that belong
/// to them. What an HSDS row lacks that the inventory requires (a service's program and level) is an error.
/// </summary>
public sealed class HsdsMapper
{
    private readonly HsdsPackage _package;
    private readonly HsdsFieldReader _read = new();
    private readonly Dictionary<(string Entity, Guid Id), List<(string Term, string Value)>> _attributes = [];
    private readonly Dictionary<Guid, (Guid ServiceId, Guid LocationId)> _serviceAtLocations = [];

    private HsdsMapper(HsdsPackage package) => _package = package;

    public static HsdsMappedPackage Map(HsdsPackage package) => new HsdsMapper(package).Map();

    private HsdsMappedPackage Map()
    {
        ReadAttributes();
        foreach (var row in _package[ServiceAtLocation.Name])
        {
            if (_read.Id(row, "id", required: true) is { } id && _read.Id(row, "service_id", required: true) is { } service && _read.Id(row, "location_id", required: true) is { } location)
            {
                _serviceAtLocations[id] = (service, location);
            }
        }

        var organizations = Entries(HsdsSchema.Organization, MapOrganization);
        var sites = Entries(Location, MapSite);
        var services = Entries(HsdsSchema.Service, MapService);
        var capacities = Entries(ServiceCapacity, MapCapacity);
        HsdsOwnership.Check(_package, _read, organizations.Select(o => o.Id), sites.Select(s => s.Id), services.Select(s => s.Id), capacities.Select(c => c.Id));
        return new HsdsMappedPackage(organizations, sites, services, capacities, _read.Errors);
    }

    private List<HsdsEntry<TBody>> Entries<TBody>(HsdsTable table, Func<HsdsRow, Guid, TBody?> map) where TBody : class
    {
        var entries = new List<HsdsEntry<TBody>>();
        var seen = new HashSet<Guid>();
        foreach (var row in _package[table.Name])
        {
            if (_read.Id(row, "id", required: true) is not { } id)
            {
                continue;
            }

            if (!seen.Add(id))
            {
                _read.Error(row, "id", "duplicate-id", $"Another {table.Name} row has id {id}.");
                continue;
            }

            if (map(row, id) is { } body)
            {
                entries.Add(new HsdsEntry<TBody>(id, body, row));
            }
        }

        return entries;
    }

    private OrganizationBody MapOrganization(HsdsRow row, Guid id) => new(
        _read.Text(row, "name") ?? "",
        // HSDS data from elsewhere has no kind: it is then "other" until someone says better.
        Attribute("organization", id, Terms.OrganizationKind) is { } kind ? _read.Enum<OrganizationKind>(row, Terms.OrganizationKind, kind) : OrganizationKind.Other,
        _read.Text(row, "alternate_name"),
        _read.Text(row, "description"),
        _read.Id(row, "parent_organization_id"),
        Children(OrganizationIdentifier, "organization_id", id).Select(r => _read.Text(r, "identifier")).FirstOrDefault(i => i is not null),
        _read.Text(row, "email"),
        _read.Text(row, "website"),
        Phones("organization_id", id),
        ValidFrom(row, "organization", id),
        ValidTo(row, "organization", id));

    private SiteBody MapSite(HsdsRow row, Guid id)
    {
        var address = Children(HsdsSchema.Address, "location_id", id)
            .OrderBy(a => a["address_type"] == "physical" ? 0 : 1).FirstOrDefault();
        var kind = Attribute("location", id, Terms.SiteKind) is { } text
            ? _read.Enum<SiteKind>(row, Terms.SiteKind, text)
            : row["location_type"] == "virtual" ? SiteKind.Virtual : SiteKind.Physical;
        var accessibility = Children(Accessibility, "location_id", id).Select(r => _read.Text(r, "description")).Where(d => d is not null).ToList();
        return new SiteBody(
            _read.Text(row, "name") ?? "",
            _read.Id(row, "organization_id", required: true),
            kind,
            _read.Text(row, "description"),
            address is null ? null : new Sites.Address(
                _read.Text(address, "address_1") ?? "", _read.Text(address, "city") ?? "", _read.Text(address, "state_province") ?? "",
                _read.Text(address, "postal_code") ?? "", _read.Text(address, "country") ?? "", _read.Text(address, "address_2"),
                _read.Text(address, "region"), _read.Text(address, "attention")),
            _read.Double(row, "latitude"),
            _read.Double(row, "longitude"),
            Attributes("location", id, Terms.ServesTerritory),
            null,
            accessibility.Count == 0 ? null : string.Join("\n", accessibility),
            _read.Text(row, "transportation"),
            _read.Text(row, "url"),
            Phones("location_id", id),
            Languages("location_id", id),
            ValidFrom(row, "location", id),
            ValidTo(row, "location", id));
    }

    private HealthServiceBody MapService(HsdsRow row, Guid id)
    {
        var program = Attribute("service", id, Terms.Program);
        var level = Attribute("service", id, Terms.Level);
        if (program is null)
        {
            _read.Error(row, Terms.Program, "missing-attribute", $"The service needs a '{Terms.Program}' attribute (1 to 9): the inventory files every service under a service-program.");
        }

        if (level is null)
        {
            _read.Error(row, Terms.Level, "missing-attribute", $"The service needs a '{Terms.Level}' attribute ({InventoryJson.Names<ContinuumLevel>()}).");
        }

        var status = _read.Text(row, "status");
        if (status is not null and not "active")
        {
            _read.Error(row, "status", "unsupported-status", "Only active services are imported; retire a service through the API.");
        }

        var minimumAge = _read.Integer(row, "minimum_age");
        var maximumAge = _read.Integer(row, "maximum_age");
        var criteria = _read.Text(row, "eligibility_description");
        return new HealthServiceBody(
            _read.Text(row, "name") ?? "",
            _read.Id(row, "organization_id", required: true),
            program is null ? null : int.TryParse(program, out var number) ? number : Invalid<int>(row, Terms.Program, "The service-program is a number from 1 to 9."),
            level is null ? null : _read.Enum<ContinuumLevel>(row, Terms.Level, level),
            Attribute("service", id, Terms.ServiceType),
            _read.Text(row, "alternate_name"),
            _read.Text(row, "description"),
            minimumAge is null && maximumAge is null && criteria is null ? null : new Eligibility(minimumAge, maximumAge, criteria),
            Languages("service_id", id),
            Schedules(id),
            [.. Attributes("service", id, Terms.DeliveryMode).Select(m => _read.Enum<DeliveryMode>(row, Terms.DeliveryMode, m)).OfType<DeliveryMode>()],
            [.. _serviceAtLocations.Values.Where(l => l.ServiceId == id).Select(l => l.LocationId).Distinct()],
            _read.Text(row, "email"),
            _read.Text(row, "url"),
            _read.Text(row, "application_process"),
            Phones("service_id", id),
            ValidFrom(row, "service", id),
            ValidTo(row, "service", id));
    }

    private CapacityBody MapCapacity(HsdsRow row, Guid id)
    {
        CapacityUnit? unit = null;
        if (_read.Id(row, "unit_id", required: true) is { } unitId)
        {
            var unitRow = _package[Unit.Name].FirstOrDefault(u => Guid.TryParse(u["id"], out var candidate) && candidate == unitId);
            if (unitRow is null)
            {
                _read.Error(row, "unit_id", "unknown-reference", $"No unit row has id {unitId}.");
            }
            else
            {
                unit = _read.Enum<CapacityUnit>(unitRow, "identifier", unitRow["identifier"] ?? unitRow["name"]);
            }
        }

        if (row["available"] is null)
        {
            _read.Error(row, "available", "required", "available is required.");
        }

        if (row["updated"] is null)
        {
            _read.Error(row, "updated", "required", "updated is required: the capacity's as-of date.");
        }

        var site = Attribute("service_capacity", id, Terms.CapacitySite);
        return new CapacityBody(
            _read.Id(row, "service_id", required: true),
            unit,
            _read.Decimal(row, "available"),
            _read.Date(row, "updated"),
            site is null ? null : Guid.TryParse(site, out var siteId) ? siteId : Invalid<Guid>(row, Terms.CapacitySite, "The capacity's location is a UUID."),
            _read.Decimal(row, "maximum"),
            _read.Text(row, "description"));
    }

    private List<WeeklyHours> Schedules(Guid serviceId)
    {
        var hours = new List<WeeklyHours>();
        foreach (var row in Children(Schedule, "service_id", serviceId))
        {
            var freq = row["freq"]?.Trim().ToUpperInvariant();
            if (freq is not (null or "WEEKLY"))
            {
                _read.Error(row, "freq", "unsupported-schedule", "Only weekly schedules (freq WEEKLY) are held by the inventory.");
                continue;
            }

            Guid? siteId = null;
            if (_read.Id(row, "service_at_location_id") is { } salId)
            {
                if (_serviceAtLocations.TryGetValue(salId, out var link) && link.ServiceId == serviceId)
                {
                    siteId = link.LocationId;
                }
                else
                {
                    _read.Error(row, "service_at_location_id", "unknown-reference", "No service_at_location row of this service has that id.");
                }
            }

            var days = (row["byday"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (days.Length == 0)
            {
                _read.Error(row, "byday", "required", "byday is required: the days (MO,TU…) the hours apply to.");
            }

            var (opens, closes) = (_read.Time(row, "opens_at"), _read.Time(row, "closes_at"));
            foreach (var day in days)
            {
                var index = Array.IndexOf(HsdsText.Days, day.ToUpperInvariant());
                if (index < 0)
                {
                    _read.Error(row, "byday", "unsupported-schedule", $"'{day}' is not a weekday code (MO, TU, WE, TH, FR, SA, SU).");
                    continue;
                }

                hours.Add(new WeeklyHours((Weekday)index, opens, closes, siteId, _read.Date(row, "valid_from"), _read.Date(row, "valid_to"), _read.Text(row, "notes")));
            }
        }

        return hours;
    }

    private List<Inventory.Phone> Phones(string ownerColumn, Guid owner) =>
        [.. Children(HsdsSchema.Phone, ownerColumn, owner).Select(r => new Inventory.Phone(_read.Text(r, "number") ?? "", _read.Integer(r, "extension"), _read.Text(r, "type"), _read.Text(r, "description")))];

    private List<string> Languages(string ownerColumn, Guid owner) =>
        [.. Children(Language, ownerColumn, owner).Select(r => _read.Text(r, "code")?.ToLowerInvariant() ?? _read.Text(r, "name") ?? "")];

    private IEnumerable<HsdsRow> Children(HsdsTable table, string column, Guid owner) =>
        _package[table.Name].Where(r => Guid.TryParse(r[column], out var id) && id == owner);

    private DateOnly? ValidFrom(HsdsRow row, string entity, Guid id) => _read.Date(row, Terms.ValidFrom, Attribute(entity, id, Terms.ValidFrom));

    private DateOnly? ValidTo(HsdsRow row, string entity, Guid id) => _read.Date(row, Terms.ValidTo, Attribute(entity, id, Terms.ValidTo));

    private string? Attribute(string entity, Guid id, string term) => Attributes(entity, id, term).FirstOrDefault();

    private List<string> Attributes(string entity, Guid id, string term) =>
        _attributes.TryGetValue((entity, id), out var values) ? [.. values.Where(v => v.Term == term).Select(v => v.Value)] : [];

    /// <summary>Attributes count when their term is one of the inventory's (by the term's code, or by link_type when the term row is absent).</summary>
    private void ReadAttributes()
    {
        var termCodes = _package[TaxonomyTerm.Name].Where(t => t["id"] is not null && t["code"] is not null)
            .GroupBy(t => t["id"]!.Trim().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First()["code"]!);
        foreach (var row in _package[HsdsSchema.Attribute.Name])
        {
            var code = row["taxonomy_term_id"] is { } termId && termCodes.TryGetValue(termId.Trim().ToLowerInvariant(), out var found) ? found : row["link_type"];
            if (code is null || !Terms.Descriptions.ContainsKey(code) || row["value"] is not { } value)
            {
                continue; // another taxonomy's attribute: not the inventory's business
            }

            if (_read.Id(row, "link_id", required: true) is { } linkId)
            {
                var key = (row["link_entity"]?.Trim() ?? "", linkId);
                if (!_attributes.TryGetValue(key, out var list))
                {
                    _attributes[key] = list = [];
                }

                list.Add((code, value.Trim()));
            }
        }
    }

    private T? Invalid<T>(HsdsRow row, string field, string message) where T : struct
    {
        _read.Error(row, field, "invalid-value", message);
        return null;
    }
}
