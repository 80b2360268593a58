using System.Security.Cryptography;
using System.Text;
using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Tabular;
using ClinicalProject.Territories.ReadModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Matrices;

/// <summary>A stored matrix as listed.</summary>
public sealed record TravelTimeMatrixDto(string Version, string ContentHash, int EntryCount, DateTime ImportedAtUtc);

/// <summary>
/// <c>POST /travel-times/{version}</c>: imports a sparse travel-time matrix (CSV or Parquet), all rows or none; the newest
/// matrix replaces great-circle costs in the next analyses. <c>GET /travel-times</c> lists them.
/// </summary>
public static class TravelTimeMatrixApi
{
    public const int MaxListedErrors = 100;

    public static RouteGroupBuilder MapTravelTimeMatrixApi(this IEndpointRouteBuilder app)
    {
        var matrices = app.MapGroup("/travel-times").WithTags("Travel-time matrices").RequireViewer();
        matrices.MapGet("", List).WithSummary("Imported travel-time matrices, newest (the one analyses use) first.");
        matrices.MapPost("/{version}", Import).RequirePlanner()
            .Accepts<string>("text/csv", BodyFormats.ParquetMediaType, "application/x-parquet")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute())
            .WithSummary("Imports a sparse travel-time matrix (CSV or Parquet: origin territory, destination site id, minutes), all rows or none.");
        return matrices;
    }

    public static async Task<Results<Created<TravelTimeMatrixDto>, Ok<TravelTimeMatrixDto>, ProblemHttpResult, ValidationProblem>> Import(
        GapAnalysisDbContext db, HttpRequest request, string version, TimeProvider time, CancellationToken cancellationToken)
    {
        if (version.Length is 0 or > 64 || version.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["version"] = ["1–64 characters: letters, digits, '-', '_' or '.'."],
            });
        }

        var format = BodyFormats.Classify(request.ContentType);
        if (format is not (BodyFormat.Csv or BodyFormat.Parquet))
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Type = "urn:clinicalproject:problem:unsupported-media-type",
                Title = "Send the matrix as CSV or Parquet.",
                Detail = $"Content-Type '{request.ContentType}' is not accepted: send text/csv (UTF-8) or {BodyFormats.ParquetMediaType}.",
            });
        }

        var known = (await db.Set<TerritoryEntry>().AsNoTracking().Select(t => t.Code).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var read = new TravelTimeRows(known, MaxListedErrors);
        if (format == BodyFormat.Csv)
        {
            await TravelTimeCsvReader.ReadAsync(request.Body, read, cancellationToken);
        }
        else
        {
            // Parquet is read from its footer backwards: the body goes to a temporary file first.
            await using var file = new FileStream(Path.Combine(Path.GetTempPath(), $"travel-times-{Guid.NewGuid():N}.parquet"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await request.Body.CopyToAsync(file, cancellationToken);
            file.Position = 0;
            await TravelTimeParquetReader.ReadAsync(file, read, cancellationToken);
        }

        var (rows, errors) = (read.Rows, read.Errors);
        if (errors.Count > 0)
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Type = "urn:clinicalproject:problem:invalid-travel-time-matrix",
                Title = "The travel-time matrix was refused.",
                Detail = $"{errors.Count} error(s) found{(errors.Count >= MaxListedErrors ? $" (reading stopped at {MaxListedErrors})" : "")}; the first is on row {errors[0].Row}, {errors[0].Field}: {errors[0].Message} Nothing was imported.",
                Extensions = { ["errorCount"] = errors.Count, ["errors"] = errors },
            });
        }

        var hash = Hash(rows);
        var held = await db.TravelTimeMatrices.AsNoTracking().SingleOrDefaultAsync(m => m.Version == version, cancellationToken);
        if (held is not null)
        {
            return held.ContentHash == hash
                ? TypedResults.Ok(new TravelTimeMatrixDto(held.Version, held.ContentHash, held.EntryCount, held.ImportedAtUtc))
                : TypedResults.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Type = "urn:clinicalproject:problem:version-exists",
                    Title = "This matrix version exists with other content.",
                    Detail = $"Matrix '{version}' was imported with content {held.ContentHash}; import the new content under a new version.",
                });
        }

        var matrix = new TravelTimeMatrixEntity { Version = version, ContentHash = hash, EntryCount = rows.Count, ImportedAtUtc = time.GetUtcNow().UtcDateTime };
        db.TravelTimeMatrices.Add(matrix);
        db.TravelTimes.AddRange(rows.Select(r => new TravelTimeEntry { MatrixVersion = version, OriginCode = r.Origin, SiteId = r.Site, Minutes = r.Minutes }));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/travel-times/{version}", new TravelTimeMatrixDto(version, hash, rows.Count, matrix.ImportedAtUtc));
    }

    public static async Task<Ok<List<TravelTimeMatrixDto>>> List(GapAnalysisDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.TravelTimeMatrices.AsNoTracking().OrderByDescending(m => m.ImportedAtUtc)
            .Select(m => new TravelTimeMatrixDto(m.Version, m.ContentHash, m.EntryCount, m.ImportedAtUtc)).ToListAsync(cancellationToken));

    private static string Hash(List<(string Origin, Guid Site, double Minutes)> rows)
    {
        var text = new StringBuilder();
        foreach (var (origin, site, minutes) in rows.OrderBy(r => r.Origin, StringComparer.Ordinal).ThenBy(r => r.Site))
        {
            text.Append(origin).Append(',').Append(site.ToString("N")).Append(',').Append(minutes.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
