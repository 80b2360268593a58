using System.Security.Cryptography;
using System.Text;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// The part of Open Referral HSDS 3.0 the inventory reads and writes (field names as in the specification's
/// <c>schema/*.json</c>), and the attribute taxonomy that carries what HSDS has no field for: service-program,
/// continuum level, service type, delivery modes, organisation and site kinds, served territories, validity
/// dates and a capacity's site.
/// </summary>
public static class HsdsSchema
{
    public static readonly HsdsTable Organization = new("organization", "id", "name", "alternate_name", "description", "email", "website", "parent_organization_id")
    {
        Required = new HashSet<string> { "description" },
    };
    public static readonly HsdsTable OrganizationIdentifier = new("organization_identifier", "id", "organization_id", "identifier_scheme", "identifier_type", "identifier");
    public static readonly HsdsTable Location = new("location", "location.csv",
        ["id", "location_type", "url", "organization_id", "name", "description", "transportation", "latitude", "longitude"], new HashSet<string> { "latitude", "longitude" });
    public static readonly HsdsTable Address = new("address", "id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province", "postal_code", "country", "address_type");
    public static readonly HsdsTable Accessibility = new("accessibility", "id", "location_id", "description");
    public static readonly HsdsTable Service = new("service", "service.csv",
        ["id", "organization_id", "name", "alternate_name", "description", "url", "email", "status", "application_process", "eligibility_description", "minimum_age", "maximum_age"],
        new HashSet<string> { "minimum_age", "maximum_age" });
    public static readonly HsdsTable ServiceAtLocation = new("service_at_location", "id", "service_id", "location_id");
    public static readonly HsdsTable Schedule = new("schedule", "id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "freq", "byday", "opens_at", "closes_at", "notes");
    public static readonly HsdsTable Phone = new("phone", "phone.csv",
        ["id", "location_id", "service_id", "organization_id", "number", "extension", "type", "description"], new HashSet<string> { "extension" });
    public static readonly HsdsTable Language = new("language", "id", "service_id", "location_id", "name", "code");
    public static readonly HsdsTable ServiceCapacity = new("service_capacity", "service_capacity.csv",
        ["id", "service_id", "unit_id", "available", "maximum", "description", "updated"], new HashSet<string> { "available", "maximum" });

    /// <summary>HSDS names this file units.csv (schema/unit.json).</summary>
    public static readonly HsdsTable Unit = new("unit", "units.csv", ["id", "name", "scheme", "identifier"], new HashSet<string>());
    public static readonly HsdsTable Taxonomy = new("taxonomy", "id", "name", "description", "uri", "version");
    public static readonly HsdsTable TaxonomyTerm = new("taxonomy_term", "id", "code", "name", "description", "taxonomy_id");
    public static readonly HsdsTable Attribute = new("attribute", "id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value", "label");

    public static readonly IReadOnlyList<HsdsTable> Tables =
    [
        Organization, OrganizationIdentifier, Location, Address, Accessibility, Service, ServiceAtLocation, Schedule, Phone, Language,
        ServiceCapacity, Unit, Taxonomy, TaxonomyTerm, Attribute,
    ];

    /// <summary>HSDS's JSON nesting: organisations hold their locations, services their schedules, capacities…</summary>
    public static readonly IReadOnlyList<HsdsRelation> Relations =
    [
        new("organization", "phones", "phone", "organization_id"),
        new("organization", "organization_identifiers", "organization_identifier", "organization_id"),
        new("organization", "locations", "location", "organization_id"),
        new("organization", "attributes", "attribute", "link_id", LinkEntity: "organization"),
        new("location", "addresses", "address", "location_id"),
        new("location", "phones", "phone", "location_id"),
        new("location", "languages", "language", "location_id"),
        new("location", "accessibility", "accessibility", "location_id"),
        new("location", "attributes", "attribute", "link_id", LinkEntity: "location"),
        new("service", "phones", "phone", "service_id"),
        new("service", "schedules", "schedule", "service_id"),
        new("service", "languages", "language", "service_id"),
        new("service", "service_at_locations", "service_at_location", "service_id"),
        new("service", "capacities", "service_capacity", "service_id"),
        new("service", "attributes", "attribute", "link_id", LinkEntity: "service"),
        new("service_capacity", "unit", "unit", "unit_id", IsObject: true),
        new("service_capacity", "attributes", "attribute", "link_id", LinkEntity: "service_capacity"),
        new("attribute", "taxonomy_term", "taxonomy_term", "taxonomy_term_id", IsObject: true),
    ];

    public static HsdsTable? Find(string name) => Tables.FirstOrDefault(t => t.Name == name);

    public const string TaxonomyName = "ClinicalProject inventory";

    /// <summary>The attribute terms (taxonomy_term.code) and what their value holds.</summary>
    public static class Terms
    {
        public const string Program = "service-program";
        public const string Level = "continuum-level";
        public const string ServiceType = "service-type";
        public const string DeliveryMode = "delivery-mode";
        public const string OrganizationKind = "organization-kind";
        public const string SiteKind = "site-kind";
        public const string ServesTerritory = "serves-territory";
        public const string ValidFrom = "valid-from";
        public const string ValidTo = "valid-to";
        public const string CapacitySite = "capacity-location";

        public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
        {
            [Program] = "MSSS service-program number, 1 to 9.",
            [Level] = "Level of the program's continuum: promotion-prevention, first-line, second-line, third-line, rehabilitation-long-term-support, end-of-life.",
            [ServiceType] = "The kind of service, in words or a local code.",
            [DeliveryMode] = "How the service reaches people: on-site, outreach, virtual (one attribute per mode).",
            [OrganizationKind] = "integrated-centre, establishment, clsc, hospital, gmf, pharmacy, community-organization, school, police, municipality, other.",
            [SiteKind] = "physical, virtual or mobile (HSDS location_type has no mobile).",
            [ServesTerritory] = "Code of a health territory (RLS, CLSC, DA…) the location serves (one attribute per territory).",
            [ValidFrom] = "First day the record is valid (YYYY-MM-DD).",
            [ValidTo] = "Last day the record is valid (YYYY-MM-DD).",
            [CapacitySite] = "Id of the location the capacity is measured at.",
        };
    }

    public static readonly Guid TaxonomyId = DeterministicId("taxonomy", TaxonomyName);

    public static Guid TermId(string code) => DeterministicId("taxonomy_term", code);

    /// <summary>
    /// A stable id for rows the inventory holds no id for (phones, addresses, schedules…), from their owner and
    /// position, so that exporting the same inventory twice gives the same package.
    /// </summary>
    public static Guid DeterministicId(params object[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts)));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom), in the Guid byte order
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
