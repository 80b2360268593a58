using System.Linq.Expressions;
using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Corridors;

public sealed class ServiceCorridorDefinition : ResourceDefinition<ServiceCorridor, ServiceCorridorBody>
{
    public const string KindName = "corridor";

    public override string Kind => KindName;

    public override string Route => "corridors";

    public override IReadOnlySet<string> Filters { get; } = new HashSet<string> { "program", "level", "organization", "territory" };

    public override ServiceCorridorBody ToBody(ServiceCorridor e) => new(
        e.Name, e.Program, e.Level, e.FromOrganizationId, e.ToOrganizationId, e.AgreementId, e.Description, e.ValidFrom, e.ValidTo);

    public override void Apply(ServiceCorridorBody b, ServiceCorridor e)
    {
        e.Name = b.Name.Trim();
        e.Program = b.Program!.Value;
        e.Level = b.Level!.Value;
        e.FromOrganizationId = b.FromOrganizationId!.Value;
        e.ToOrganizationId = b.ToOrganizationId!.Value;
        e.AgreementId = b.AgreementId;
        e.Description = b.Description;
        e.ValidFrom = b.ValidFrom;
        e.ValidTo = b.ValidTo;
    }

    public override void Validate(ServiceCorridorBody b, FieldErrors errors)
    {
        errors.Required("name", b.Name);
        errors.RequiredProgram("program", b.Program);

        errors.Required("level", b.Level);

        if (b.FromOrganizationId is null)
        {
            errors.Add("fromOrganizationId", "fromOrganizationId is required: the establishment that refers.", "required");
        }

        if (b.ToOrganizationId is null)
        {
            errors.Add("toOrganizationId", "toOrganizationId is required: the establishment that receives.", "required");
        }
        else if (b.ToOrganizationId == b.FromOrganizationId)
        {
            errors.Add("toOrganizationId", "A corridor leads from one establishment to another.");
        }

        errors.MaxLength("description", b.Description);
        errors.Validity("validFrom", b.ValidFrom, "validTo", b.ValidTo);
    }

    public override async Task ValidateReferencesAsync(ServiceCorridorBody b, Guid? selfId, ReferenceChecker references, FieldErrors errors, CancellationToken cancellationToken)
    {
        await references.ExistsAsync<Organization>(b.FromOrganizationId, "fromOrganizationId", OrganizationDefinition.KindName, errors, cancellationToken);
        await references.ExistsAsync<Organization>(b.ToOrganizationId, "toOrganizationId", OrganizationDefinition.KindName, errors, cancellationToken);
        await references.ExistsAsync<ServiceAgreement>(b.AgreementId, "agreementId", ServiceAgreementDefinition.KindName, errors, cancellationToken);
        if (b.AgreementId is { } agreementId && !errors.HasErrors)
        {
            var agreement = await references.Db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
            if (agreement is not null && agreement.Program != b.Program)
            {
                errors.Add("agreementId", $"The agreement is for program {agreement.Program}, the corridor for program {b.Program}.");
            }

            if (agreement is not null && (!agreement.PartyIds.Contains(b.FromOrganizationId!.Value) || !agreement.PartyIds.Contains(b.ToOrganizationId!.Value)))
            {
                errors.Add("agreementId", "Both ends of the corridor must be parties to the agreement that backs it.");
            }
        }
    }

    public override IOrderedQueryable<ServiceCorridor> Order(IQueryable<ServiceCorridor> query) =>
        query.OrderBy(c => c.Program).ThenBy(c => c.Level).ThenBy(c => c.Name);

    public override Expression<Func<ServiceCorridor, bool>> MatchesText(string pattern) =>
        c => EF.Functions.Like(c.Name, pattern) || EF.Functions.Like(c.Description!, pattern);

    public override IQueryable<ServiceCorridor> Filter(IQueryable<ServiceCorridor> query, ResourceSearch search, InventoryDbContext db)
    {
        if (search.Program is { } program)
        {
            query = query.Where(c => c.Program == program);
        }

        if (InventoryJson.TryParse<ContinuumLevel>(search.Level, out var level))
        {
            query = query.Where(c => c.Level == level);
        }

        if (search.Organization is { } organization)
        {
            query = query.Where(c => c.FromOrganizationId == organization || c.ToOrganizationId == organization);
        }

        if (!string.IsNullOrWhiteSpace(search.Territory))
        {
            // A corridor concerns a territory when either end has an active site there.
            var code = search.Territory;
            var organizations = db.Sites.Where(s => s.Status == ResourceStatus.Active && s.TerritoryCodes.Contains(code)).Select(s => s.OrganizationId);
            query = query.Where(c => organizations.Contains(c.FromOrganizationId) || organizations.Contains(c.ToOrganizationId));
        }

        return query;
    }
}
