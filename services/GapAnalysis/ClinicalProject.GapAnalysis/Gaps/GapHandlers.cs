using System.Globalization;
using ClinicalProject.GapAnalysis.Analyses;
using ClinicalProject.GapAnalysis.Common;
using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.GapAnalysis.Engine.Gaps;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Gaps;

/// <summary><c>GET /gaps</c> and <c>GET /gaps/{key}</c>: an analysis's ranked gaps, filtered and paged, and one with its explanation.</summary>
public static class GapHandlers
{
    private static readonly string[] Types = Enum.GetNames<GapType>().Select(t => t.ToLowerInvariant()).ToArray();

    public static async Task<Results<Ok<PagedList<GapDto>>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> List(
        GapAnalysisDbContext db, HttpContext context, string? analysis, string? territory, int? program, string? type, string? rule,
        double? minPriority, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        var paging = Paging.From(page, pageSize, invalid);
        if (program is { } p && p is < 0 or > 9)
        {
            invalid["program"] = ["A service-program from 1 to 9 (0: gaps of every program)."];
        }

        if (type is not null && !Types.Contains(type.ToLowerInvariant()))
        {
            invalid["type"] = [$"One of: {string.Join(", ", Types)}."];
        }

        if (minPriority is < 0 || (minPriority is { } m && !double.IsFinite(m)))
        {
            invalid["minPriority"] = ["A finite priority ≥ 0."];
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var found = await AnalysisReference.ResolveAsync(db, analysis, cancellationToken);
        if (found is null)
        {
            return Problems.NoAnalysis(analysis ?? AnalysisReference.Latest);
        }

        if (Caching.NotModified(context, found.Version))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var query = db.Gaps.AsNoTracking().Where(g => g.AnalysisId == found.Id);
        if (territory is not null) query = query.Where(g => g.TerritoryCode == territory);
        if (program is { } wanted) query = query.Where(g => g.Program == wanted);
        if (type is not null)
        {
            var lower = type.ToLowerInvariant();
            query = query.Where(g => g.Type == lower);
        }

        if (rule is not null) query = query.Where(g => g.Rule == rule);
        if (minPriority is { } floor) query = query.Where(g => g.Priority >= floor);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(g => g.Rank).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var names = await TerritoryNames.LoadAsync(db, found.HierarchyVersion, rows.Select(r => r.TerritoryCode).Distinct().ToList(), cancellationToken);
        return TypedResults.Ok(PagedList<GapDto>.Of(rows.Select(r => GapDto.From(r, names)).ToList(), paging, total));
    }

    public static async Task<Results<Ok<GapDetailDto>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        GapAnalysisDbContext db, HttpContext context, string key, string? analysis, CancellationToken cancellationToken)
    {
        var found = await AnalysisReference.ResolveAsync(db, analysis, cancellationToken);
        if (found is null)
        {
            return Problems.NoAnalysis(analysis ?? AnalysisReference.Latest);
        }

        var row = await db.Gaps.AsNoTracking().SingleOrDefaultAsync(g => g.AnalysisId == found.Id && g.Key == key, cancellationToken);
        if (row is null)
        {
            return Problems.NotFound($"Analysis {found.Version} has no gap '{key}'.");
        }

        if (Caching.NotModified(context, found.Version))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var names = await TerritoryNames.LoadAsync(db, found.HierarchyVersion, [row.TerritoryCode], cancellationToken);
        var gap = GapDto.From(row, names);
        return TypedResults.Ok(new GapDetailDto(gap, found.Id, found.Version, Explain(gap, "fr"), Explain(gap, "en")));
    }

    /// <summary>The gap's sentence, its rule and thresholds, and its priority's factors multiplied out.</summary>
    public static string Explain(GapDto gap, string language)
    {
        var fr = language == "fr";
        var culture = fr ? CultureInfo.GetCultureInfo("fr-CA") : CultureInfo.InvariantCulture;
        string N(double value) => value.ToString("0.####", culture);
        var thresholds = string.Join(", ", gap.Thresholds.Select(t => $"{t.Key} = {N(t.Value)}"));
        var figures = string.Join(", ", gap.Figures.Select(f => $"{f.Key} = {N(f.Value)}"));
        var deprivation = gap.MeanQuintile is { } q
            ? fr ? $"quintile de défavorisation matérielle moyen {N(q)}" : $"mean material deprivation quintile {N(q)}"
            : fr ? "défavorisation inconnue" : "deprivation unknown";
        return fr
            ? $"{gap.SentenceFr} Règle « {gap.Rule} » ; seuils : {thresholds} ; valeurs : {figures}. Priorité = gravité {N(gap.Severity)} × personnes touchées {N(gap.PeopleAffected)} × poids de défavorisation {N(gap.DeprivationWeight)} ({deprivation}) × poids du programme {N(gap.ProgramWeight)} = {N(gap.Priority)} (rang {gap.Rank})."
            : $"{gap.SentenceEn} Rule \"{gap.Rule}\"; thresholds: {thresholds}; figures: {figures}. Priority = severity {N(gap.Severity)} × people affected {N(gap.PeopleAffected)} × deprivation weight {N(gap.DeprivationWeight)} ({deprivation}) × program weight {N(gap.ProgramWeight)} = {N(gap.Priority)} (rank {gap.Rank}).";
    }
}
