using System.Linq.Expressions;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Agreements;

public sealed class ServiceAgreementDefinition : ResourceDefinition<ServiceAgreement, ServiceAgreementBody>
{
    public const string KindName = "agreement";

    public override string Kind => KindName;

    public override string Route => "agreements";

    public override IReadOnlySet<string> Filters { get; } = new HashSet<string> { "program", "organization" };

    public override ServiceAgreementBody ToBody(ServiceAgreement e) => new(
        e.Title, e.Program, e.Parties, e.ValidFrom, e.ValidTo, e.Description, e.Volumes, e.MaximumDelays, e.AccessCriteria, e.ReferralMethod, e.ReportingFrequency, e.ReportedDelays);

    public override void Apply(ServiceAgreementBody b, ServiceAgreement e)
    {
        e.Title = b.Title.Trim();
        e.Program = b.Program!.Value;
        e.Parties = [.. b.Parties ?? []];
        e.PartyIds = [.. e.Parties.Select(p => p.OrganizationId).Distinct()];
        e.ValidFrom = b.ValidFrom;
        e.ValidTo = b.ValidTo;
        e.Description = b.Description;
        e.Volumes = [.. b.Volumes ?? []];
        e.MaximumDelays = [.. b.MaximumDelays ?? []];
        e.AccessCriteria = b.AccessCriteria;
        e.ReferralMethod = b.ReferralMethod;
        e.ReportingFrequency = b.ReportingFrequency;
        e.ReportedDelays = [.. b.ReportedDelays ?? []];
    }

    public override void Validate(ServiceAgreementBody b, FieldErrors errors)
    {
        errors.Required("title", b.Title);
        errors.RequiredProgram("program", b.Program);

        var parties = b.Parties ?? [];
        if (parties.Count < 2)
        {
            errors.Add("parties", "An agreement has at least two parties.");
        }

        for (var i = 0; i < parties.Count; i++)
        {
            errors.Required($"parties[{i}].role", parties[i].Role);
        }

        errors.Distinct("parties", parties.Select(p => p.OrganizationId));
        if (parties.Count >= 2 && !parties.Any(p => p.Role == PartyRole.Provider))
        {
            errors.Add("parties", "An agreement names at least one provider.");
        }

        if (b.ValidFrom is null)
        {
            errors.Add("validFrom", "validFrom is required: the date the agreement takes effect.", "required");
        }

        errors.Validity("validFrom", b.ValidFrom, "validTo", b.ValidTo);
        errors.MaxLength("description", b.Description);
        for (var i = 0; i < (b.Volumes?.Count ?? 0); i++)
        {
            var volume = b.Volumes![i];
            errors.Required($"volumes[{i}].description", volume.Description);
            errors.Required($"volumes[{i}].unit", volume.Unit, FieldErrors.CodeMaxLength);
            if (volume.Quantity < 0)
            {
                errors.Add($"volumes[{i}].quantity", "A volume cannot be negative.");
            }
        }

        for (var i = 0; i < (b.MaximumDelays?.Count ?? 0); i++)
        {
            errors.Required($"maximumDelays[{i}].priority", b.MaximumDelays![i].Priority, FieldErrors.CodeMaxLength);
            if (b.MaximumDelays[i].Days < 0)
            {
                errors.Add($"maximumDelays[{i}].days", "A delay is 0 days or more.");
            }
        }

        errors.Distinct("maximumDelays", (b.MaximumDelays ?? []).Select(d => d.Priority));
        var priorities = (b.MaximumDelays ?? []).Select(d => d.Priority).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < (b.ReportedDelays?.Count ?? 0); i++)
        {
            var reported = b.ReportedDelays![i];
            errors.Required($"reportedDelays[{i}].priority", reported.Priority, FieldErrors.CodeMaxLength);
            if (!string.IsNullOrWhiteSpace(reported.Priority) && !priorities.Contains(reported.Priority))
            {
                errors.Add($"reportedDelays[{i}].priority", $"The agreement sets no maximum delay for priority '{reported.Priority}': a reported delay is measured against one.", "unknown-priority");
            }

            if (reported.Period is null || !ReportedDelay.PeriodPattern().IsMatch(reported.Period))
            {
                errors.Add($"reportedDelays[{i}].period", "A reporting period: a year (2026), a quarter (2026-Q3) or a month (2026-09).", "period-format");
            }

            errors.Range($"reportedDelays[{i}].days", reported.Days, 0, 3650);
            errors.MaxLength($"reportedDelays[{i}].source", reported.Source, FieldErrors.NameMaxLength);
        }

        errors.Distinct("reportedDelays", (b.ReportedDelays ?? []).Select(d => (d.Priority, d.Period)));
        errors.MaxLength("accessCriteria", b.AccessCriteria);
    }

    public override async Task ValidateReferencesAsync(ServiceAgreementBody b, Guid? selfId, ReferenceChecker references, FieldErrors errors, CancellationToken cancellationToken)
    {
        var parties = b.Parties ?? [];
        for (var i = 0; i < parties.Count; i++)
        {
            await references.ExistsAsync<Organization>(parties[i].OrganizationId, $"parties[{i}].organizationId", OrganizationDefinition.KindName, errors, cancellationToken);
        }
    }

    public override IOrderedQueryable<ServiceAgreement> Order(IQueryable<ServiceAgreement> query) => query.OrderBy(a => a.Program).ThenBy(a => a.Title);

    public override Expression<Func<ServiceAgreement, bool>> MatchesText(string pattern) =>
        a => EF.Functions.Like(a.Title, pattern) || EF.Functions.Like(a.Description!, pattern) || EF.Functions.Like(a.AccessCriteria!, pattern);

    public override IQueryable<ServiceAgreement> Filter(IQueryable<ServiceAgreement> query, ResourceSearch search, InventoryDbContext db)
    {
        if (search.Program is { } program)
        {
            query = query.Where(a => a.Program == program);
        }

        if (search.Organization is { } organization)
        {
            query = query.Where(a => a.PartyIds.Contains(organization));
        }

        return query;
    }
}
