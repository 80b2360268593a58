using System.Linq.Expressions;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Sites;

public sealed class SiteDefinition : ResourceDefinition<Site, SiteBody>
{
    public const string KindName = "site";

    public override string Kind => KindName;

    public override string Route => "sites";

    public override IReadOnlySet<string> Filters { get; } = new HashSet<string> { "type", "organization", "territory", "proximity" };

    public override SiteBody ToBody(Site e) => new(
        e.Name, e.OrganizationId, e.Type, e.Description, e.Address, e.Latitude, e.Longitude, e.ServesTerritories, e.TerritoryCodes,
        e.AccessibilityNotes, e.Transportation, e.Url, e.Phones, e.Languages, e.ValidFrom, e.ValidTo);

    public override void Apply(SiteBody b, Site e)
    {
        e.Name = b.Name.Trim();
        e.OrganizationId = b.OrganizationId!.Value;
        e.Type = b.Type!.Value;
        e.Description = b.Description;
        e.Address = b.Address;
        e.Latitude = b.Latitude;
        e.Longitude = b.Longitude;
        e.ServesTerritories = [.. b.ServesTerritories ?? []];
        e.AccessibilityNotes = b.AccessibilityNotes;
        e.Transportation = b.Transportation;
        e.Url = b.Url;
        e.Phones = [.. b.Phones ?? []];
        e.Languages = [.. b.Languages ?? []];
        e.ValidFrom = b.ValidFrom;
        e.ValidTo = b.ValidTo;
    }

    public override void Validate(SiteBody b, FieldErrors errors)
    {
        errors.Required("name", b.Name);
        if (b.OrganizationId is null)
        {
            errors.Add("organizationId", "organizationId is required: the organisation that runs the site.", "required");
        }

        errors.Required("type", b.Type);

        errors.MaxLength("description", b.Description);
        if ((b.Latitude is null) != (b.Longitude is null))
        {
            errors.Add(b.Latitude is null ? "latitude" : "longitude", "latitude and longitude go together.");
        }

        errors.Range("latitude", b.Latitude, -90, 90);
        errors.Range("longitude", b.Longitude, -180, 180);
        if (b.Type == SiteKind.Physical && b.Latitude is null && b.Address is null)
        {
            errors.Add("address", "A physical site needs an address or coordinates.");
        }

        if (b.Type == SiteKind.Virtual && b.Url is null && (b.Phones?.Count ?? 0) == 0)
        {
            errors.Add("url", "A virtual site needs a url or a phone.");
        }

        if (b.Address is { } address)
        {
            errors.Required("address.address1", address.Address1);
            errors.Required("address.city", address.City, 120);
            errors.Required("address.stateProvince", address.StateProvince, 120);
            errors.Required("address.postalCode", address.PostalCode, 16);
            errors.Required("address.country", address.Country, 2);
            errors.MaxLength("address.address2", address.Address2, FieldErrors.NameMaxLength);
            errors.MaxLength("address.region", address.Region, 120);
            errors.MaxLength("address.attention", address.Attention, FieldErrors.NameMaxLength);
        }

        errors.MaxLength("accessibilityNotes", b.AccessibilityNotes);
        errors.MaxLength("transportation", b.Transportation);
        errors.Url("url", b.Url);
        Phone.Validate(b.Phones, "phones", errors);
        for (var i = 0; i < (b.Languages?.Count ?? 0); i++)
        {
            errors.Language($"languages[{i}]", b.Languages![i]);
        }

        errors.Validity("validFrom", b.ValidFrom, "validTo", b.ValidTo);
    }

    public override async Task ValidateReferencesAsync(SiteBody b, Guid? selfId, ReferenceChecker references, FieldErrors errors, CancellationToken cancellationToken)
    {
        await references.ExistsAsync<Organization>(b.OrganizationId, "organizationId", OrganizationDefinition.KindName, errors, cancellationToken);
        await references.TerritoriesExistAsync(b.ServesTerritories ?? [], "servesTerritories", errors, cancellationToken);
    }

    /// <summary>Places the site in the territory hierarchy from its coordinates, and adds the territories it serves with their ancestors.</summary>
    public override async Task DeriveAsync(Site entity, InventoryDbContext db, CancellationToken cancellationToken)
    {
        entity.TerritoryHierarchyVersion = await TerritoryLookup.PlacingVersionAsync(db, cancellationToken);
        var codes = entity.Latitude is { } latitude && entity.Longitude is { } longitude
            ? await TerritoryLookup.LocateAsync(db, entity.TerritoryHierarchyVersion, latitude, longitude, cancellationToken)
            : [];
        if (entity.ServesTerritories.Count > 0 && entity.TerritoryHierarchyVersion is { } version)
        {
            var parents = await db.Set<Territories.ReadModel.TerritoryEntry>().AsNoTracking()
                .Where(t => t.HierarchyVersion == version).ToDictionaryAsync(t => t.Code, t => t.ParentCode, StringComparer.Ordinal, cancellationToken);
            foreach (var served in entity.ServesTerritories)
            {
                codes.AddRange(TerritoryLookup.WithAncestors(served, parents).Where(c => !codes.Contains(c)));
            }
        }

        entity.TerritoryCodes = codes;
    }

    public override IOrderedQueryable<Site> Order(IQueryable<Site> query) => query.OrderBy(s => s.Name);

    public override Expression<Func<Site, bool>> MatchesText(string pattern) =>
        s => EF.Functions.Like(s.Name, pattern) || EF.Functions.Like(s.Description!, pattern) || EF.Functions.Like(s.AccessibilityNotes!, pattern);

    public override void ValidateSearch(ResourceSearch search, FieldErrors errors)
    {
        errors.EnumText<SiteKind>("type", search.Type);
    }

    public override IQueryable<Site> Filter(IQueryable<Site> query, ResourceSearch search, InventoryDbContext db)
    {
        if (InventoryJson.TryParse<SiteKind>(search.Type, out var kind))
        {
            query = query.Where(s => s.Type == kind);
        }

        if (search.Organization is { } organization)
        {
            query = query.Where(s => s.OrganizationId == organization);
        }

        if (!string.IsNullOrWhiteSpace(search.Territory))
        {
            var code = search.Territory;
            query = query.Where(s => s.TerritoryCodes.Contains(code));
        }

        return query;
    }

    public override IEnumerable<Guid> SitesOf(Site entity) => [entity.Id];
}
