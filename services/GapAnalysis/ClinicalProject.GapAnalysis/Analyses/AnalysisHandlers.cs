using System.Text.Json;
using ClinicalProject.GapAnalysis.Common;
using ClinicalProject.GapAnalysis.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Analyses;

/// <summary>Read handlers over stored analyses: the list, one summary, and the comparison of two.</summary>
public static class AnalysisHandlers
{
    public static async Task<Results<Ok<PagedList<AnalysisDto>>, ValidationProblem>> List(
        GapAnalysisDbContext db, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        var paging = Paging.From(page, pageSize, invalid);
        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var total = await db.Analyses.CountAsync(cancellationToken);
        var rows = await db.Analyses.AsNoTracking().OrderByDescending(a => a.Version).Skip(paging.Skip).Take(paging.PageSize)
            .Select(a => new Analysis
            {
                Id = a.Id, Version = a.Version, Trigger = a.Trigger, CreatedAtUtc = a.CreatedAtUtc, ProfileId = a.ProfileId, ProfileVersion = a.ProfileVersion,
                HierarchyVersion = a.HierarchyVersion, PopulationDatasetVersion = a.PopulationDatasetVersion, PopulationContentHash = a.PopulationContentHash,
                Period = a.Period, ProjectionVersion = a.ProjectionVersion, ProjectedPeriod = a.ProjectedPeriod, InventoryVersion = a.InventoryVersion,
                TravelTimeMatrixVersion = a.TravelTimeMatrixVersion, Parameters = "", InputVersions = "", InputSnapshot = Array.Empty<byte>(), Summary = "",
                Programs = a.Programs, GapCount = a.GapCount,
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(PagedList<AnalysisDto>.Of(rows.Select(AnalysisDto.From).ToList(), paging, total));
    }

    public static async Task<Results<Ok<AnalysisSummaryDto>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        GapAnalysisDbContext db, HttpContext context, string analysis, CancellationToken cancellationToken)
    {
        var found = await AnalysisReference.ResolveAsync(db, analysis, cancellationToken);
        if (found is null)
        {
            return Problems.NoAnalysis(analysis);
        }

        if (Caching.NotModified(context, found.Version))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var gaps = db.Gaps.AsNoTracking().Where(g => g.AnalysisId == found.Id);
        var byType = await gaps.GroupBy(g => g.Type).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byProgram = await gaps.GroupBy(g => g.Program).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var top = await gaps.OrderBy(g => g.Rank).Take(10).ToListAsync(cancellationToken);
        var names = await TerritoryNames.LoadAsync(db, found.HierarchyVersion, top.Select(g => g.TerritoryCode).Distinct().ToList(), cancellationToken);
        return TypedResults.Ok(new AnalysisSummaryDto(AnalysisDto.From(found), Parse(found.Parameters), Parse(found.InputVersions), Parse(found.Summary),
            byType, byProgram, top.Select(g => GapDto.From(g, names)).ToList()));
    }

    public static async Task<Results<Ok<AnalysisComparisonDto>, ValidationProblem, ProblemHttpResult>> Compare(
        GapAnalysisDbContext db, string analysis, string? with, double? tolerance, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(with))
        {
            invalid["with"] = ["The analysis to compare with: an analysis id, or 'latest'."];
        }

        if (tolerance is < 0 || (tolerance is { } t && !double.IsFinite(t)))
        {
            invalid["tolerance"] = ["A finite relative change ≥ 0 (default 0.01: priorities or severities that moved by more than 1 %)."];
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var before = await AnalysisReference.ResolveAsync(db, analysis, cancellationToken);
        var after = await AnalysisReference.ResolveAsync(db, with, cancellationToken);
        if (before is null || after is null)
        {
            return Problems.NoAnalysis(before is null ? analysis : with!);
        }

        var old = await db.Gaps.AsNoTracking().Where(g => g.AnalysisId == before.Id).ToListAsync(cancellationToken);
        var @new = await db.Gaps.AsNoTracking().Where(g => g.AnalysisId == after.Id).ToListAsync(cancellationToken);
        var codes = old.Concat(@new).Select(g => g.TerritoryCode).Distinct().ToList();
        var names = await TerritoryNames.LoadAsync(db, after.HierarchyVersion, codes, cancellationToken);
        return TypedResults.Ok(AnalysisComparison.Of(AnalysisDto.From(before), old, AnalysisDto.From(after), @new, names, tolerance ?? 0.01));
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
