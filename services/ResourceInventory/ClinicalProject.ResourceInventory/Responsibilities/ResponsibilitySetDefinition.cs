using System.Linq.Expressions;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Responsibilities;

public sealed class ResponsibilitySetDefinition : ResourceDefinition<ResponsibilitySet, ResponsibilitySetBody>
{
    public const string KindName = "responsibility";

    public override string Kind => KindName;

    public override string Route => "responsibilities";

    public override IReadOnlySet<string> Filters { get; } = new HashSet<string> { "program", "territory" };

    public override ResponsibilitySetBody ToBody(ResponsibilitySet e) => new(
        e.Program, e.TerritoryCode, e.ClinicalAdministrativeManager, e.MedicalManager, e.Assignments, e.Notes, e.ValidFrom, e.ValidTo);

    public override void Apply(ResponsibilitySetBody b, ResponsibilitySet e)
    {
        e.Program = b.Program!.Value;
        e.TerritoryCode = b.TerritoryCode.Trim();
        e.ClinicalAdministrativeManager = b.ClinicalAdministrativeManager;
        e.MedicalManager = b.MedicalManager;
        e.Assignments = [.. b.Assignments ?? []];
        e.Notes = b.Notes;
        e.ValidFrom = b.ValidFrom;
        e.ValidTo = b.ValidTo;
    }

    public override void Validate(ResponsibilitySetBody b, FieldErrors errors)
    {
        errors.RequiredProgram("program", b.Program);

        errors.Required("territoryCode", b.TerritoryCode, FieldErrors.CodeMaxLength);
        ValidateManager(b.ClinicalAdministrativeManager, "clinicalAdministrativeManager", errors);
        ValidateManager(b.MedicalManager, "medicalManager", errors);
        for (var i = 0; i < (b.Assignments?.Count ?? 0); i++)
        {
            var assignment = b.Assignments![i];
            errors.Required($"assignments[{i}].responsibility", assignment.Responsibility);
            errors.Required($"assignments[{i}].holder", assignment.Holder);
            errors.Required($"assignments[{i}].role", assignment.Role);
        }

        // RACI's one rule: each responsibility has exactly one accountable holder.
        foreach (var group in (b.Assignments ?? []).Where(a => !string.IsNullOrWhiteSpace(a.Responsibility)).GroupBy(a => a.Responsibility.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var accountable = group.Count(a => a.Role == RaciRole.Accountable);
            if (accountable != 1)
            {
                errors.Add("assignments", $"'{group.Key}' has {accountable} accountable holders; RACI needs exactly one.");
            }
        }

        errors.MaxLength("notes", b.Notes);
        errors.Validity("validFrom", b.ValidFrom, "validTo", b.ValidTo);
    }

    private static void ValidateManager(Manager? manager, string field, FieldErrors errors)
    {
        if (manager is null)
        {
            errors.Add(field, $"{field} is required: each program is co-managed by a clinical-administrative manager and a medical manager.", "required");
            return;
        }

        errors.Required($"{field}.name", manager.Name);
        errors.MaxLength($"{field}.title", manager.Title, FieldErrors.NameMaxLength);
        errors.Email($"{field}.email", manager.Email);
    }

    public override async Task ValidateReferencesAsync(ResponsibilitySetBody b, Guid? selfId, ReferenceChecker references, FieldErrors errors, CancellationToken cancellationToken)
    {
        await references.TerritoriesExistAsync([b.TerritoryCode.Trim()], "territoryCode", errors, cancellationToken);
        await references.ExistsAsync<Organization>(b.ClinicalAdministrativeManager?.OrganizationId, "clinicalAdministrativeManager.organizationId", OrganizationDefinition.KindName, errors, cancellationToken);
        await references.ExistsAsync<Organization>(b.MedicalManager?.OrganizationId, "medicalManager.organizationId", OrganizationDefinition.KindName, errors, cancellationToken);
        for (var i = 0; i < (b.Assignments?.Count ?? 0); i++)
        {
            await references.ExistsAsync<Organization>(b.Assignments![i].OrganizationId, $"assignments[{i}].organizationId", OrganizationDefinition.KindName, errors, cancellationToken);
        }
    }

    public override IOrderedQueryable<ResponsibilitySet> Order(IQueryable<ResponsibilitySet> query) =>
        query.OrderBy(r => r.Program).ThenBy(r => r.TerritoryCode);

    public override Expression<Func<ResponsibilitySet, bool>> MatchesText(string pattern) => r => EF.Functions.Like(r.Notes!, pattern);

    public override IQueryable<ResponsibilitySet> Filter(IQueryable<ResponsibilitySet> query, ResourceSearch search, InventoryDbContext db)
    {
        if (search.Program is { } program)
        {
            query = query.Where(r => r.Program == program);
        }

        if (!string.IsNullOrWhiteSpace(search.Territory))
        {
            query = query.Where(r => r.TerritoryCode == search.Territory);
        }

        return query;
    }
}
