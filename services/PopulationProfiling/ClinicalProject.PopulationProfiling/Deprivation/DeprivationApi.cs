using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Tabular;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Deprivation;

/// <summary>The material and social deprivation index per DA: imported by edition, read by profiles and dashboards.</summary>
public static class DeprivationApi
{
    public const string InvalidType = ProblemTypes.InvalidDeprivationIndex;
    public const string ConflictType = ProblemTypes.DeprivationIndexVersionConflict;

    public static IEndpointRouteBuilder MapDeprivationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/deprivation").WithTags("Deprivation").RequireViewer();
        group.MapGet("", List).WithSummary("Imported deprivation index editions, newest first.");
        group.MapGet("/{version}", Scores).WithSummary("One edition's DAs, paged, sorted by DA code; filter by quintile.");
        group.MapPost("/{version}", Import).RequireAnalyst()
            .Accepts<string>("text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Imports an edition of the index (all rows or none) for a hierarchy version.")
            .WithDescription("CSV daCode,materialScore,socialScore,materialQuintile,socialQuintile; the scores may be empty. " +
                "hierarchyVersion defaults to the latest. The same content again is a no-op (200); other content under a known version is a 409.");
        return app;
    }

    public static async Task<Results<Created<DeprivationIndexDto>, Ok<DeprivationIndexDto>, ProblemHttpResult>> Import(
        ProfilingDbContext db, HttpRequest request, TimeProvider clock, string version, string? hierarchyVersion, CancellationToken cancellationToken)
    {
        if (!VersionLabel.IsValid(version))
        {
            return Invalid([VersionLabel.Error(version)]);
        }

        if (BodyFormats.Classify(request.ContentType) != BodyFormat.Csv)
        {
            return ImportProblems.UnsupportedMediaType(request.ContentType);
        }

        var tree = await TerritoryIndex.LoadAsync(db, hierarchyVersion, cancellationToken);
        if (tree is null)
        {
            return ProblemResults.NotFound($"No territory hierarchy '{hierarchyVersion ?? "(latest)"}': import the hierarchy first.");
        }

        var (rows, errors) = await DeprivationCsvReader.ReadAsync(request.Body, tree, cancellationToken);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var hash = Hash(tree.Version, rows);
        var existing = await db.DeprivationIndexes.AsNoTracking().SingleOrDefaultAsync(i => i.Version == version, cancellationToken);
        if (existing is not null)
        {
            return existing.ContentHash == hash
                ? TypedResults.Ok(DeprivationIndexDto.From(existing))
                : ProblemResults.Conflict(ConflictType, "This deprivation index version already exists with other content.",
                    $"Version '{version}' was imported with other content; import the new content under a new version label.",
                    new Dictionary<string, object?> { ["existingContentHash"] = existing.ContentHash, ["submittedContentHash"] = hash });
        }

        var index = new DeprivationIndex
        {
            Version = version,
            HierarchyVersion = tree.Version,
            ContentHash = hash,
            DaCount = rows.Count,
            ImportedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.DeprivationIndexes.Add(index);
        db.DeprivationScores.AddRange(rows.Select(r => new DeprivationScore
        {
            IndexVersion = version,
            DaCode = r.DaCode,
            MaterialScore = r.MaterialScore,
            SocialScore = r.SocialScore,
            MaterialQuintile = r.MaterialQuintile,
            SocialQuintile = r.SocialQuintile,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/deprivation/{Uri.EscapeDataString(version)}", DeprivationIndexDto.From(index));
    }

    public static async Task<Ok<List<DeprivationIndexDto>>> List(ProfilingDbContext db, CancellationToken cancellationToken)
    {
        var indexes = await db.DeprivationIndexes.AsNoTracking().OrderByDescending(i => i.ImportedAtUtc).ToListAsync(cancellationToken);
        return TypedResults.Ok(indexes.Select(DeprivationIndexDto.From).ToList());
    }

    public static async Task<Results<Ok<PagedList<DeprivationScoreDto>>, ValidationProblem, ProblemHttpResult>> Scores(
        ProfilingDbContext db, string version, int? materialQuintile, int? socialQuintile, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        var paging = Paging.From(page, pageSize, invalid);
        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        if (!await db.DeprivationIndexes.AnyAsync(i => i.Version == version, cancellationToken))
        {
            return ProblemResults.NotFound($"No deprivation index version '{version}'.");
        }

        var query = db.DeprivationScores.AsNoTracking().Where(s => s.IndexVersion == version);
        if (materialQuintile is { } m)
        {
            query = query.Where(s => s.MaterialQuintile == m);
        }

        if (socialQuintile is { } s)
        {
            query = query.Where(x => x.SocialQuintile == s);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(x => x.DaCode).Skip(paging.Skip).Take(paging.PageSize)
            .Select(x => new DeprivationScoreDto(x.DaCode, x.MaterialScore, x.SocialScore, x.MaterialQuintile, x.SocialQuintile))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(PagedList<DeprivationScoreDto>.Of(items, paging, total));
    }

    private static string Hash(string hierarchyVersion, IReadOnlyList<DeprivationRow> rows)
    {
        using var hasher = new ContentHasher();
        hasher.Add(hierarchyVersion);
        foreach (var row in rows.OrderBy(r => r.DaCode, StringComparer.Ordinal))
        {
            hasher.Add(row.DaCode).Add(row.MaterialScore ?? double.NaN).Add(row.SocialScore ?? double.NaN)
                .Add(row.MaterialQuintile).Add(row.SocialQuintile);
        }

        return hasher.Finish();
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<ImportError> errors) =>
        ImportErrors.Problem(InvalidType, "The deprivation index is not valid.", errors);
}
