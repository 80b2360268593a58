using System.Globalization;
using System.Text;
using System.Text.Json;
using ClinicalProject.PopulationProfiling.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Profiles.Queries;

/// <summary>
/// Whole-table exports for spreadsheets and maps, streamed from the database as they are written: CSV (one row
/// per figure) and GeoJSON (one feature per territory, its figure in the properties, its geometry from the
/// hierarchy, or its centroid as a point when it has no outline).
/// </summary>
public static class ProfileExportHandlers
{
    private static readonly string[] Columns =
    [
        "indicator", "period", "territory", "level", "quintile", "count", "denominator", "value", "lowerCi95", "upperCi95",
        "lowerCi998", "upperCi998", "method", "status", "suppression", "versusParent", "versusProvince",
    ];

    public static async Task<Results<EmptyHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Csv(
        ProfilingDbContext db, HttpContext context, string profile, string? indicator, int? period, string? level, string? territory, string? parent,
        int? quintile, CancellationToken cancellationToken)
    {
        var (job, failure) = await PrepareAsync(db, context, profile, new ProfileFilter(indicator, period, level, territory, parent, quintile), cancellationToken);
        if (job is null)
        {
            return failure!;
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"profile-{job.Sequence}.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync(string.Join(',', Columns));
        var rows = ProfileHandlers.Filtered(db, job, new ProfileFilter(indicator, period, level, territory, parent, quintile))
            .OrderBy(v => v.IndicatorCode).ThenBy(v => v.Period).ThenBy(v => v.TerritoryCode).AsAsyncEnumerable();
        await foreach (var v in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',',
                Quote(v.IndicatorCode), Number(v.Period), Quote(v.TerritoryCode), v.Level, v.Quintile == 0 ? string.Empty : Number(v.Quintile),
                Number(v.Count), Number(v.Denominator), Number(v.Value), Number(v.Lower95), Number(v.Upper95), Number(v.Lower998), Number(v.Upper998),
                v.Method, v.Status, v.Suppression, v.VersusParent, v.VersusProvince));
        }

        return TypedResults.Empty;
    }

    public static async Task<Results<EmptyHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> GeoJson(
        ProfilingDbContext db, HttpContext context, string profile, string? indicator, int? period, string? level, string? parent, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(indicator))
        {
            invalid["indicator"] = ["A map shows one indicator."];
        }

        if (period is null)
        {
            invalid["period"] = ["A map shows one period."];
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var filter = new ProfileFilter(indicator, period, level, null, parent, null);
        var (job, failure) = await PrepareAsync(db, context, profile, filter, cancellationToken);
        if (job is null)
        {
            return failure!;
        }

        context.Response.ContentType = "application/geo+json";
        var territories = db.Territories.AsNoTracking().Where(t => t.HierarchyVersion == job.HierarchyVersion);
        var rows = ProfileHandlers.Filtered(db, job, filter)
            .Join(territories, v => v.TerritoryCode, t => t.Code, (v, t) => new { Value = v, t.NameFr, t.NameEn, t.GeometryGeoJson, t.CentroidLatitude, t.CentroidLongitude })
            .OrderBy(x => x.Value.TerritoryCode)
            .AsAsyncEnumerable();
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", row.Value.TerritoryCode);
            json.WritePropertyName("geometry");
            WriteGeometry(json, row.GeometryGeoJson, row.CentroidLatitude, row.CentroidLongitude);
            json.WritePropertyName("properties");
            var properties = JsonSerializer.SerializeToElement(ProfileFigureDto.From(row.Value), Common.JsonBody.Options);
            json.WriteStartObject();
            json.WriteString("nameFr", row.NameFr);
            json.WriteString("nameEn", row.NameEn);
            foreach (var property in properties.EnumerateObject())
            {
                property.WriteTo(json);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return TypedResults.Empty;
    }

    private static async Task<(ProfileJob? Job, Results<EmptyHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>? Failure)> PrepareAsync(
        ProfilingDbContext db, HttpContext context, string profile, ProfileFilter filter, CancellationToken cancellationToken)
    {
        var invalid = new Dictionary<string, string[]>();
        filter.Validate(invalid);
        if (invalid.Count > 0)
        {
            return (null, TypedResults.ValidationProblem(invalid));
        }

        var job = await ProfileReference.ResolveAsync(db, profile, cancellationToken);
        if (job is null)
        {
            return (null, ProfileReference.NotFound(profile));
        }

        return Common.ETags.SetAndCheckNotModified(context, ProfileReference.ETag(job, context.Request))
            ? (null, TypedResults.StatusCode(StatusCodes.Status304NotModified))
            : (job, null);
    }

    private static void WriteGeometry(Utf8JsonWriter json, string? geometry, double? latitude, double? longitude)
    {
        if (geometry is not null)
        {
            json.WriteRawValue(geometry, skipInputValidation: true); // validated as GeoJSON on import
        }
        else if (latitude is { } lat && longitude is { } lon)
        {
            json.WriteStartObject();
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(lon);
            json.WriteNumberValue(lat);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue(); // RFC 7946 §3.2: a feature without a location
        }
    }

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
