using System.Linq.Expressions;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Sites;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Capacity;

public sealed class CapacityDefinition : ResourceDefinition<CapacityRecord, CapacityBody>
{
    public const string KindName = "capacity";

    public override string Kind => KindName;

    public override string Route => "capacities";

    public override IReadOnlySet<string> Filters { get; } = new HashSet<string> { "service", "site", "program", "territory", "current" };

    public override CapacityBody ToBody(CapacityRecord e) => new(e.ServiceId, e.Unit, e.Value, e.AsOf, e.SiteId, e.Maximum, e.Description);

    public override void Apply(CapacityBody b, CapacityRecord e)
    {
        e.ServiceId = b.ServiceId!.Value;
        e.Unit = b.Unit!.Value;
        e.Value = b.Value!.Value;
        e.AsOf = b.AsOf!.Value;
        e.SiteId = b.SiteId;
        e.Maximum = b.Maximum;
        e.Description = b.Description;
    }

    public override void Validate(CapacityBody b, FieldErrors errors)
    {
        if (b.ServiceId is null)
        {
            errors.Add("serviceId", "serviceId is required.", "required");
        }

        errors.Required("unit", b.Unit);

        if (b.Value is null)
        {
            errors.Add("value", "value is required.", "required");
        }
        else if (b.Value < 0)
        {
            errors.Add("value", "value cannot be negative.");
        }

        if (b.Maximum is { } maximum && b.Value is { } value && maximum < value)
        {
            errors.Add("maximum", "maximum cannot be below value.");
        }

        if (b.AsOf is null)
        {
            errors.Add("asOf", "asOf is required: the date the value was measured (yyyy-MM-dd).", "required");
        }

        errors.MaxLength("description", b.Description, FieldErrors.NameMaxLength);
    }

    public override async Task ValidateReferencesAsync(CapacityBody b, Guid? selfId, ReferenceChecker references, FieldErrors errors, CancellationToken cancellationToken)
    {
        await references.ExistsAsync<HealthService>(b.ServiceId, "serviceId", HealthServiceDefinition.KindName, errors, cancellationToken);
        await references.ExistsAsync<Site>(b.SiteId, "siteId", SiteDefinition.KindName, errors, cancellationToken);
    }

    public override IOrderedQueryable<CapacityRecord> Order(IQueryable<CapacityRecord> query) =>
        query.OrderBy(c => c.ServiceId).ThenBy(c => c.SiteId).ThenBy(c => c.Unit).ThenByDescending(c => c.AsOf);

    public override Expression<Func<CapacityRecord, bool>> MatchesText(string pattern) => c => EF.Functions.Like(c.Description!, pattern);

    public override IQueryable<CapacityRecord> Filter(IQueryable<CapacityRecord> query, ResourceSearch search, InventoryDbContext db)
    {
        if (search.Service is { } service)
        {
            query = query.Where(c => c.ServiceId == service);
        }

        if (search.Site is { } site)
        {
            query = query.Where(c => c.SiteId == site);
        }

        if (search.Program is { } program)
        {
            query = query.Where(c => db.Services.Any(s => s.Id == c.ServiceId && s.Program == program));
        }

        if (!string.IsNullOrWhiteSpace(search.Territory))
        {
            var code = search.Territory;
            query = query.Where(c => db.Sites.Any(s => s.Id == c.SiteId && s.TerritoryCodes.Contains(code)));
        }

        if (search.Current == true)
        {
            // The history is kept as records; the current capacity is the latest as-of date per service, site and unit.
            query = query.Where(c => !db.Capacities.Any(later => later.Status == ResourceStatus.Active && later.ServiceId == c.ServiceId
                && later.SiteId == c.SiteId && later.Unit == c.Unit && later.AsOf > c.AsOf));
        }

        return query;
    }
}
