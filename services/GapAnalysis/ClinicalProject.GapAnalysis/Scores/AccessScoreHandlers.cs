using System.Globalization;
using System.Text;
using System.Text.Json;
using ClinicalProject.GapAnalysis.Analyses;
using ClinicalProject.GapAnalysis.Common;
using ClinicalProject.GapAnalysis.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Scores;

/// <summary>An access score with the territory's names and population-weighted centroid (the read model's, else the mean of its areas' the analysis used).</summary>
public sealed record AccessScoreDto(int Program, string Territory, string Level, string? NameFr, string? NameEn, double Demand, double Population,
    double Score, double PopulationWithoutService, double? Latitude, double? Longitude);

/// <summary>
/// <c>GET /access-scores</c> (JSON, paged), <c>/access-scores.csv</c> and <c>/access-scores.geojson</c> (every row at
/// once): an analysis's access scores per program and territory, at the gap level (default) or the areas' level.
/// </summary>
public static class AccessScoreHandlers
{
    public static async Task<Results<Ok<PagedList<AccessScoreDto>>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Json(
        GapAnalysisDbContext db, HttpContext context, string? analysis, int? program, string? level, string? territory, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        var paging = Paging.From(page, pageSize, invalid);
        var (found, problem) = await ResolveAsync(db, analysis, program, invalid, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        if (Caching.NotModified(context, found!.Version))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var query = Filter(db, found, program, level, territory);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(s => s.Program).ThenBy(s => s.TerritoryCode).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(PagedList<AccessScoreDto>.Of(await WithNamesAsync(db, found, rows, cancellationToken), paging, total));
    }

    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Csv(
        GapAnalysisDbContext db, HttpContext context, string? analysis, int? program, string? level, string? territory, CancellationToken cancellationToken) =>
        ExportAsync(db, context, analysis, program, level, territory, RenderCsv, cancellationToken);

    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> GeoJson(
        GapAnalysisDbContext db, HttpContext context, string? analysis, int? program, string? level, string? territory, CancellationToken cancellationToken) =>
        ExportAsync(db, context, analysis, program, level, territory, RenderGeoJson, cancellationToken);

    /// <summary>Every filtered row at once, rendered as a file, with the same validation and ETag as the JSON pages.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        GapAnalysisDbContext db, HttpContext context, string? analysis, int? program, string? level, string? territory,
        Func<Analysis, List<AccessScoreDto>, FileContentHttpResult> render, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        var (found, problem) = await ResolveAsync(db, analysis, program, invalid, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        if (Caching.NotModified(context, found!.Version))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return render(found, await AllAsync(db, found, program, level, territory, cancellationToken));
    }

    private static FileContentHttpResult RenderCsv(Analysis analysis, List<AccessScoreDto> rows)
    {
        var csv = new StringBuilder("program,territory,level,nameFr,nameEn,demand,population,score,populationWithoutService,latitude,longitude\n");
        foreach (var s in rows)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{s.Program},{Field(s.Territory)},{s.Level},{Field(s.NameFr)},{Field(s.NameEn)},{R(s.Demand)},{R(s.Population)},{R(s.Score)},{R(s.PopulationWithoutService)},{R(s.Latitude)},{R(s.Longitude)}\n");
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"access-scores-{analysis.Version}.csv");
    }

    private static FileContentHttpResult RenderGeoJson(Analysis analysis, List<AccessScoreDto> rows)
    {
        var features = rows.Where(s => s.Latitude is not null && s.Longitude is not null).Select(s => new
        {
            type = "Feature",
            geometry = new { type = "Point", coordinates = new[] { s.Longitude!.Value, s.Latitude!.Value } },
            properties = new
            {
                s.Program, territory = s.Territory, s.Level, s.NameFr, s.NameEn, s.Demand, s.Population, s.Score, s.PopulationWithoutService,
                analysisId = analysis.Id, analysisVersion = analysis.Version,
            },
        });
        var body = JsonSerializer.SerializeToUtf8Bytes(new { type = "FeatureCollection", features }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return TypedResults.File(body, "application/geo+json");
    }

    private static async Task<(Analysis? Analysis, ProblemHttpResult? Problem)> ResolveAsync(GapAnalysisDbContext db, string? analysis, int? program,
        Dictionary<string, string[]> invalid, CancellationToken cancellationToken)
    {
        if (program is { } p && p is < 1 or > 9)
        {
            invalid["program"] = ["A service-program from 1 to 9."];
        }

        var found = await AnalysisReference.ResolveAsync(db, analysis, cancellationToken);
        return found is null && invalid.Count == 0 ? (null, Problems.NoAnalysis(analysis ?? AnalysisReference.Latest)) : (found, null);
    }

    private static IQueryable<AccessScoreEntry> Filter(GapAnalysisDbContext db, Analysis analysis, int? program, string? level, string? territory)
    {
        var parameters = JsonDocument.Parse(analysis.Parameters).RootElement;
        var chosen = level ?? parameters.GetProperty("gapLevel").GetString()!;
        var query = db.AccessScores.AsNoTracking().Where(s => s.AnalysisId == analysis.Id && s.Level == chosen);
        if (program is { } p) query = query.Where(s => s.Program == p);
        if (territory is not null) query = query.Where(s => s.TerritoryCode == territory);
        return query;
    }

    private static async Task<List<AccessScoreDto>> AllAsync(GapAnalysisDbContext db, Analysis analysis, int? program, string? level, string? territory,
        CancellationToken cancellationToken) =>
        await WithNamesAsync(db, analysis, await Filter(db, analysis, program, level, territory).OrderBy(s => s.Program).ThenBy(s => s.TerritoryCode)
            .ToListAsync(cancellationToken), cancellationToken);

    private static async Task<List<AccessScoreDto>> WithNamesAsync(GapAnalysisDbContext db, Analysis analysis, List<AccessScoreEntry> rows,
        CancellationToken cancellationToken)
    {
        var entries = await TerritoryNames.EntriesAsync(db, analysis.HierarchyVersion, rows.Select(r => r.TerritoryCode).Distinct().ToList(), cancellationToken);
        return rows.Select(r =>
        {
            var entry = entries.GetValueOrDefault(r.TerritoryCode);
            return new AccessScoreDto(r.Program, r.TerritoryCode, r.Level, entry?.NameFr, entry?.NameEn, r.Demand, r.Population, r.Score,
                r.PopulationWithoutService, entry?.CentroidLatitude ?? r.Latitude, entry?.CentroidLatitude is null ? r.Longitude : entry.CentroidLongitude);
        }).ToList();
    }

    private static string R(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Field(string? text) =>
        text is null ? "" : text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
