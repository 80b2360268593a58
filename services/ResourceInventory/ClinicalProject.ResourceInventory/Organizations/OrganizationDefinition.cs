using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Organizations;

public sealed class OrganizationDefinition : ResourceDefinition<Organization, OrganizationBody>
{
    public const string KindName = "organization";

    public override string Kind => KindName;

    public override string Route => "organizations";

    public override IReadOnlySet<string> Filters { get; } = new HashSet<string> { "type", "organization", "territory" };

    public override OrganizationBody ToBody(Organization e) => new(
        e.Name, e.Type, e.AlternateName, e.Description, e.ParentOrganizationId, e.Identifier, e.Email, e.Website, e.Phones, e.ValidFrom, e.ValidTo);

    public override void Apply(OrganizationBody b, Organization e)
    {
        e.Name = b.Name.Trim();
        e.Type = b.Type!.Value;
        e.AlternateName = b.AlternateName;
        e.Description = b.Description;
        e.ParentOrganizationId = b.ParentOrganizationId;
        e.Identifier = b.Identifier;
        e.Email = b.Email;
        e.Website = b.Website;
        e.Phones = [.. b.Phones ?? []];
        e.ValidFrom = b.ValidFrom;
        e.ValidTo = b.ValidTo;
    }

    public override void Validate(OrganizationBody b, FieldErrors errors)
    {
        errors.Required("name", b.Name);
        errors.Required("type", b.Type);

        errors.MaxLength("alternateName", b.AlternateName, FieldErrors.NameMaxLength);
        errors.MaxLength("description", b.Description);
        errors.MaxLength("identifier", b.Identifier, FieldErrors.CodeMaxLength);
        errors.Email("email", b.Email);
        errors.Url("website", b.Website);
        Phone.Validate(b.Phones, "phones", errors);
        errors.Validity("validFrom", b.ValidFrom, "validTo", b.ValidTo);
    }

    public override async Task ValidateReferencesAsync(OrganizationBody b, Guid? selfId, ReferenceChecker references, FieldErrors errors, CancellationToken cancellationToken)
    {
        await references.ExistsAsync<Organization>(b.ParentOrganizationId, "parentOrganizationId", KindName, errors, cancellationToken);
        if (selfId is { } self && b.ParentOrganizationId is { } parent && !errors.HasErrors)
        {
            // Walk up from the new parent: meeting this organisation again would make a cycle.
            var organizations = references.Db.Organizations.AsNoTracking();
            for (Guid? current = parent; current is { } id; current = await organizations.Where(o => o.Id == id).Select(o => o.ParentOrganizationId).FirstOrDefaultAsync(cancellationToken))
            {
                if (id == self)
                {
                    errors.Add("parentOrganizationId", "An organisation cannot be its own parent or the parent of one of its parents.");
                    break;
                }
            }
        }
    }

    public override void ValidateSearch(ResourceSearch search, FieldErrors errors)
    {
        errors.EnumText<OrganizationKind>("type", search.Type);
    }

    public override IOrderedQueryable<Organization> Order(IQueryable<Organization> query) => query.OrderBy(o => o.Name);

    public override System.Linq.Expressions.Expression<Func<Organization, bool>> MatchesText(string pattern) =>
        o => EF.Functions.Like(o.Name, pattern) || EF.Functions.Like(o.AlternateName!, pattern) || EF.Functions.Like(o.Description!, pattern) || o.Identifier == pattern.Trim('%');

    public override IQueryable<Organization> Filter(IQueryable<Organization> query, ResourceSearch search, InventoryDbContext db)
    {
        if (InventoryJson.TryParse<OrganizationKind>(search.Type, out var kind))
        {
            query = query.Where(o => o.Type == kind);
        }

        if (search.Organization is { } parent)
        {
            query = query.Where(o => o.ParentOrganizationId == parent);
        }

        if (!string.IsNullOrWhiteSpace(search.Territory))
        {
            var code = search.Territory;
            query = query.Where(o => db.Sites.Any(s => s.OrganizationId == o.Id && s.Status == ResourceStatus.Active && s.TerritoryCodes.Contains(code)));
        }

        return query;
    }
}
