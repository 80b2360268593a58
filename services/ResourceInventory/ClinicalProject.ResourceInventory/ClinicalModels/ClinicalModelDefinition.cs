using System.Linq.Expressions;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.ClinicalModels;

public sealed class ClinicalModelDefinition : ResourceDefinition<ClinicalModel, ClinicalModelBody>
{
    public const string KindName = "clinical-model";

    public override string Kind => KindName;

    public override string Route => "clinical-models";

    public override IReadOnlySet<string> Filters { get; } = new HashSet<string> { "program" };

    public override ClinicalModelBody ToBody(ClinicalModel e) => new(e.Name, e.Programs, e.GapTypes, e.Description, e.EvidenceReferences);

    public override void Apply(ClinicalModelBody b, ClinicalModel e)
    {
        e.Name = b.Name.Trim();
        e.Programs = [.. b.Programs ?? []];
        e.GapTypes = [.. b.GapTypes ?? []];
        e.Description = b.Description;
        e.EvidenceReferences = [.. b.EvidenceReferences ?? []];
    }

    public override void Validate(ClinicalModelBody b, FieldErrors errors)
    {
        errors.Required("name", b.Name);
        if ((b.Programs?.Count ?? 0) == 0)
        {
            errors.Add("programs", "programs is required: the service-programs (1 to 9) the model serves.", "required");
        }

        for (var i = 0; i < (b.Programs?.Count ?? 0); i++)
        {
            errors.Program($"programs[{i}]", b.Programs![i]);
        }

        errors.Distinct("programs", b.Programs ?? []);
        if ((b.GapTypes?.Count ?? 0) == 0)
        {
            errors.Add("gapTypes", $"gapTypes is required: the kinds of gap the model addresses ({InventoryJson.Names<GapType>()}).", "required");
        }

        errors.Distinct("gapTypes", b.GapTypes ?? []);
        errors.MaxLength("description", b.Description);
        for (var i = 0; i < (b.EvidenceReferences?.Count ?? 0); i++)
        {
            errors.Required($"evidenceReferences[{i}]", b.EvidenceReferences![i], 1000);
        }
    }

    public override IOrderedQueryable<ClinicalModel> Order(IQueryable<ClinicalModel> query) => query.OrderBy(m => m.Name);

    public override Expression<Func<ClinicalModel, bool>> MatchesText(string pattern) =>
        m => EF.Functions.Like(m.Name, pattern) || EF.Functions.Like(m.Description!, pattern);

    public override IQueryable<ClinicalModel> Filter(IQueryable<ClinicalModel> query, ResourceSearch search, InventoryDbContext db) =>
        search.Program is { } program ? query.Where(m => m.Programs.Contains(program)) : query;
}
