using System.Linq.Expressions;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.ClinicalModels;

public sealed class CollaborationDefinition : ResourceDefinition<Collaboration, CollaborationBody>
{
    public const string KindName = "collaboration";

    public override string Kind => KindName;

    public override string Route => "collaborations";

    public override IReadOnlySet<string> Filters { get; } = new HashSet<string> { "program", "territory", "organization", "clinicalModel" };

    public override CollaborationBody ToBody(Collaboration e) => new(
        e.ClinicalModelId, e.OrganizationIds, e.TerritoryCodes, e.Decision, e.Program, e.Notes, e.ValidFrom, e.ValidTo);

    public override void Apply(CollaborationBody b, Collaboration e)
    {
        e.ClinicalModelId = b.ClinicalModelId!.Value;
        e.OrganizationIds = [.. b.OrganizationIds ?? []];
        e.TerritoryCodes = [.. (b.TerritoryCodes ?? []).Select(c => c.Trim())];
        e.Decision = b.Decision!.Value;
        e.Program = b.Program;
        e.Notes = b.Notes;
        e.ValidFrom = b.ValidFrom;
        e.ValidTo = b.ValidTo;
    }

    public override void Validate(CollaborationBody b, FieldErrors errors)
    {
        if (b.ClinicalModelId is null)
        {
            errors.Add("clinicalModelId", "clinicalModelId is required.", "required");
        }

        if ((b.OrganizationIds?.Count ?? 0) == 0)
        {
            errors.Add("organizationIds", "organizationIds is required: the organisations that run the model.", "required");
        }

        errors.Distinct("organizationIds", b.OrganizationIds ?? []);
        if ((b.TerritoryCodes?.Count ?? 0) == 0)
        {
            errors.Add("territoryCodes", "territoryCodes is required: where the model runs.", "required");
        }

        errors.Required("decision", b.Decision);

        if (b.Program is { } program)
        {
            errors.Program("program", program);
        }

        errors.MaxLength("notes", b.Notes);
        errors.Validity("validFrom", b.ValidFrom, "validTo", b.ValidTo);
    }

    public override async Task ValidateReferencesAsync(CollaborationBody b, Guid? selfId, ReferenceChecker references, FieldErrors errors, CancellationToken cancellationToken)
    {
        await references.ExistsAsync<ClinicalModel>(b.ClinicalModelId, "clinicalModelId", ClinicalModelDefinition.KindName, errors, cancellationToken);
        await references.AllExistAsync<Organization>(b.OrganizationIds ?? [], "organizationIds", OrganizationDefinition.KindName, errors, cancellationToken);
        await references.TerritoriesExistAsync([.. (b.TerritoryCodes ?? []).Select(c => c.Trim())], "territoryCodes", errors, cancellationToken);
        if (b.Program is { } program && b.ClinicalModelId is { } modelId && !errors.HasErrors)
        {
            var programs = await references.Db.ClinicalModels.AsNoTracking().Where(m => m.Id == modelId).Select(m => m.Programs).FirstAsync(cancellationToken);
            if (!programs.Contains(program))
            {
                errors.Add("program", $"The clinical model does not serve program {program}.");
            }
        }
    }

    public override IOrderedQueryable<Collaboration> Order(IQueryable<Collaboration> query) => query.OrderBy(c => c.ClinicalModelId).ThenBy(c => c.Decision);

    public override Expression<Func<Collaboration, bool>> MatchesText(string pattern) => c => EF.Functions.Like(c.Notes!, pattern);

    public override IQueryable<Collaboration> Filter(IQueryable<Collaboration> query, ResourceSearch search, InventoryDbContext db)
    {
        if (search.Program is { } program)
        {
            query = query.Where(c => c.Program == program);
        }

        if (!string.IsNullOrWhiteSpace(search.Territory))
        {
            var code = search.Territory;
            query = query.Where(c => c.TerritoryCodes.Contains(code));
        }

        if (search.Organization is { } organization)
        {
            query = query.Where(c => c.OrganizationIds.Contains(organization));
        }

        if (search.ClinicalModel is { } model)
        {
            query = query.Where(c => c.ClinicalModelId == model);
        }

        return query;
    }
}
