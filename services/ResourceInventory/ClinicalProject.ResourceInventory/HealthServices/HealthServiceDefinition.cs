using System.Linq.Expressions;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Sites;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.HealthServices;

public sealed class HealthServiceDefinition : ResourceDefinition<HealthService, HealthServiceBody>
{
    public const string KindName = "service";

    public const int MaxAge = 130;

    public override string Kind => KindName;

    public override string Route => "services";

    public override IReadOnlySet<string> Filters { get; } = new HashSet<string> { "program", "level", "territory", "proximity", "organization", "site" };

    public override HealthServiceBody ToBody(HealthService e) => new(
        e.Name, e.OrganizationId, e.Program, e.Level, e.ServiceType, e.AlternateName, e.Description,
        e.MinimumAge is null && e.MaximumAge is null && e.EligibilityDescription is null ? null : new Eligibility(e.MinimumAge, e.MaximumAge, e.EligibilityDescription),
        e.Languages, e.Schedules, e.DeliveryModes, e.SiteIds, e.Email, e.Url, e.ApplicationProcess, e.Phones, e.ValidFrom, e.ValidTo);

    public override void Apply(HealthServiceBody b, HealthService e)
    {
        e.Name = b.Name.Trim();
        e.OrganizationId = b.OrganizationId!.Value;
        e.Program = b.Program!.Value;
        e.Level = b.Level!.Value;
        e.ServiceType = b.ServiceType;
        e.AlternateName = b.AlternateName;
        e.Description = b.Description;
        e.MinimumAge = b.Eligibility?.MinimumAge;
        e.MaximumAge = b.Eligibility?.MaximumAge;
        e.EligibilityDescription = b.Eligibility?.Criteria;
        e.Languages = [.. b.Languages ?? []];
        e.Schedules = [.. b.Schedules ?? []];
        e.DeliveryModes = [.. b.DeliveryModes ?? []];
        e.SiteIds = [.. b.SiteIds ?? []];
        e.Email = b.Email;
        e.Url = b.Url;
        e.ApplicationProcess = b.ApplicationProcess;
        e.Phones = [.. b.Phones ?? []];
        e.ValidFrom = b.ValidFrom;
        e.ValidTo = b.ValidTo;
    }

    public override void Validate(HealthServiceBody b, FieldErrors errors)
    {
        errors.Required("name", b.Name);
        if (b.OrganizationId is null)
        {
            errors.Add("organizationId", "organizationId is required: the organisation that provides the service.", "required");
        }

        errors.RequiredProgram("program", b.Program);

        errors.Required("level", b.Level);

        errors.MaxLength("serviceType", b.ServiceType, FieldErrors.NameMaxLength);
        errors.MaxLength("alternateName", b.AlternateName, FieldErrors.NameMaxLength);
        errors.MaxLength("description", b.Description);
        if (b.Eligibility is { } eligibility)
        {
            errors.Range("eligibility.minimumAge", eligibility.MinimumAge, 0, MaxAge);
            errors.Range("eligibility.maximumAge", eligibility.MaximumAge, 0, MaxAge);
            if (eligibility is { MinimumAge: { } min, MaximumAge: { } max } && max < min)
            {
                errors.Add("eligibility.maximumAge", $"eligibility.maximumAge ({max}) is below eligibility.minimumAge ({min}).");
            }

            errors.MaxLength("eligibility.criteria", eligibility.Criteria);
        }

        for (var i = 0; i < (b.Languages?.Count ?? 0); i++)
        {
            errors.Language($"languages[{i}]", b.Languages![i]);
        }

        errors.Distinct("languages", b.Languages ?? []);
        ValidateSchedules(b, errors);
        errors.Distinct("deliveryModes", b.DeliveryModes ?? []);
        errors.Distinct("siteIds", b.SiteIds ?? []);
        if (b.DeliveryModes?.Contains(DeliveryMode.OnSite) == true && (b.SiteIds?.Count ?? 0) == 0)
        {
            errors.Add("siteIds", "A service delivered on site needs at least one site.");
        }

        errors.Email("email", b.Email);
        errors.Url("url", b.Url);
        errors.MaxLength("applicationProcess", b.ApplicationProcess);
        Phone.Validate(b.Phones, "phones", errors);
        errors.Validity("validFrom", b.ValidFrom, "validTo", b.ValidTo);
    }

    private static void ValidateSchedules(HealthServiceBody b, FieldErrors errors)
    {
        for (var i = 0; i < (b.Schedules?.Count ?? 0); i++)
        {
            var hours = b.Schedules![i];
            var field = $"schedules[{i}]";
            errors.Required($"{field}.day", hours.Day);

            if (hours.OpensAt is null || hours.ClosesAt is null)
            {
                errors.Add(hours.OpensAt is null ? $"{field}.opensAt" : $"{field}.closesAt", "opensAt and closesAt are required (HH:mm, local time).");
            }
            else if (hours.ClosesAt <= hours.OpensAt)
            {
                errors.Add($"{field}.closesAt", $"{field}.closesAt must be after opensAt (a period past midnight is two periods).");
            }

            if (hours.SiteId is { } site && b.SiteIds?.Contains(site) != true)
            {
                errors.Add($"{field}.siteId", $"{field}.siteId must be one of the service's siteIds.");
            }

            errors.Validity($"{field}.validFrom", hours.ValidFrom, $"{field}.validTo", hours.ValidTo);
            errors.MaxLength($"{field}.notes", hours.Notes, FieldErrors.NameMaxLength);
        }
    }

    public override async Task ValidateReferencesAsync(HealthServiceBody b, Guid? selfId, ReferenceChecker references, FieldErrors errors, CancellationToken cancellationToken)
    {
        await references.ExistsAsync<Organization>(b.OrganizationId, "organizationId", OrganizationDefinition.KindName, errors, cancellationToken);
        await references.AllExistAsync<Site>(b.SiteIds ?? [], "siteIds", SiteDefinition.KindName, errors, cancellationToken);
    }

    public override IOrderedQueryable<HealthService> Order(IQueryable<HealthService> query) =>
        query.OrderBy(s => s.Program).ThenBy(s => s.Level).ThenBy(s => s.Name);

    public override Expression<Func<HealthService, bool>> MatchesText(string pattern) =>
        s => EF.Functions.Like(s.Name, pattern) || EF.Functions.Like(s.AlternateName!, pattern) ||
             EF.Functions.Like(s.Description!, pattern) || EF.Functions.Like(s.ServiceType!, pattern);

    public override IQueryable<HealthService> Filter(IQueryable<HealthService> query, ResourceSearch search, InventoryDbContext db)
    {
        if (search.Program is { } program)
        {
            query = query.Where(s => s.Program == program);
        }

        if (InventoryJson.TryParse<ContinuumLevel>(search.Level, out var level))
        {
            query = query.Where(s => s.Level == level);
        }

        if (search.Organization is { } organization)
        {
            query = query.Where(s => s.OrganizationId == organization);
        }

        if (search.Site is { } site)
        {
            query = query.Where(s => s.SiteIds.Contains(site));
        }

        if (!string.IsNullOrWhiteSpace(search.Territory))
        {
            var code = search.Territory;
            var sitesInTerritory = db.Sites.Where(site => site.Status == ResourceStatus.Active && site.TerritoryCodes.Contains(code)).Select(site => site.Id);
            query = query.Where(s => s.SiteIds.Any(id => sitesInTerritory.Contains(id)));
        }

        return query;
    }

    public override IEnumerable<Guid> SitesOf(HealthService entity) => entity.SiteIds;
}
