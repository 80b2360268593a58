using System.Globalization;
using System.Text;
using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Status;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Series;

/// <summary>Values of indicator series by territory: manual entries, CSV imports (all or nothing), reads and CSV export.</summary>
public static class SeriesHandlers
{
    public static async Task<Results<Ok<SeriesWriteResult>, ValidationProblem>> Record(
        ImpactDbContext db, SeriesWriter writer, IndicatorStatusUpdater statuses, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<SeriesEntriesBody>(http.Request, cancellationToken);
        if (body is null || errors.HasErrors)
        {
            return Problems.Invalid(errors, "series entries");
        }

        return await WriteAsync(db, writer, statuses, http, clock, body.Entries ?? [], i => $"entries[{i}]", cancellationToken);
    }

    public static async Task<Results<Ok<SeriesWriteResult>, ValidationProblem>> Import(
        ImpactDbContext db, SeriesWriter writer, IndicatorStatusUpdater statuses, HttpContext http, TimeProvider clock, string? source, CancellationToken cancellationToken)
    {
        var (entries, errors) = await SeriesCsv.ReadAsync(http.Request.Body, source, cancellationToken);
        if (errors.HasErrors)
        {
            // Report the rows' other faults too (a file is fixed in one go), unless the header itself is wrong.
            if (entries.Count > 0)
            {
                var (_, rowErrors) = await writer.ValidateAsync(entries, SeriesCsv.RowLabel, cancellationToken);
                errors.Merge(rowErrors);
            }

            return Problems.Invalid(errors, "file");
        }

        return await WriteAsync(db, writer, statuses, http, clock, entries, SeriesCsv.RowLabel, cancellationToken);
    }

    public static async Task<Results<Ok<SeriesDto>, ValidationProblem>> Get(
        ImpactDbContext db, string? indicator, string? territory, bool? history, CancellationToken cancellationToken)
    {
        var errors = Required(indicator, territory);
        if (errors.HasErrors)
        {
            return Problems.Invalid(errors, "query");
        }

        var values = await Query(db, indicator!, territory!, history ?? false).ToListAsync(cancellationToken);
        return TypedResults.Ok(new SeriesDto(indicator!, territory!, values.FirstOrDefault()?.PeriodKind, values.Select(ToPoint).ToList()));
    }

    /// <summary>indicator, territory, period, periodStart, value, denominator, source, revision, recordedBy, recordedAtUtc, supersededAtUtc, note.</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Csv(
        ImpactDbContext db, string? indicator, string? territory, bool? history, CancellationToken cancellationToken)
    {
        var errors = Required(indicator, territory);
        if (errors.HasErrors)
        {
            return Problems.Invalid(errors, "query");
        }

        var values = await Query(db, indicator!, territory!, history ?? false).ToListAsync(cancellationToken);
        var csv = new StringBuilder("indicator,territory,period,periodStart,value,denominator,source,revision,recordedBy,recordedAtUtc,supersededAtUtc,note\n");
        foreach (var v in values)
        {
            csv.AppendJoin(',', CsvText.Field(v.IndicatorCode), CsvText.Field(v.TerritoryCode), v.Period.ToString(), v.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                CsvText.Number(v.Value), CsvText.Number(v.Denominator), CsvText.Field(v.Source), v.Revision.ToString(CultureInfo.InvariantCulture), CsvText.Field(v.RecordedBy),
                CsvText.Time(v.RecordedAtUtc), CsvText.Time(v.SupersededAtUtc), CsvText.Field(v.Note)).Append('\n');
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"{indicator}-{territory}.csv");
    }

    internal static IQueryable<SeriesValue> Query(ImpactDbContext db, string indicator, string territory, bool history)
    {
        var query = db.SeriesValues.AsNoTracking().Where(v => v.IndicatorCode == indicator && v.TerritoryCode == territory);
        return (history ? query : query.Where(v => v.IsCurrent)).OrderBy(v => v.PeriodIndex).ThenBy(v => v.Revision);
    }

    private static async Task<Results<Ok<SeriesWriteResult>, ValidationProblem>> WriteAsync(
        ImpactDbContext db, SeriesWriter writer, IndicatorStatusUpdater statuses, HttpContext http, TimeProvider clock,
        IReadOnlyList<SeriesEntry> entries, Func<int, string> label, CancellationToken cancellationToken)
    {
        var (valid, errors) = await writer.ValidateAsync(entries, label, cancellationToken);
        if (errors.HasErrors)
        {
            return Problems.Invalid(errors, entries.Count == 1 ? "value" : "batch");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var author = ChangeAuthor.Of(http);
        var result = await db.InTransactionAsync(async ct =>
        {
            var written = await writer.ApplyAsync(valid, author, now, ct);
            if (written.Added + written.Corrected > 0)
            {
                await db.SaveChangesAsync(ct);
                await statuses.ReassessIndicatorsAsync(valid.Select(v => v.Entry.Indicator!).Distinct().ToList(), now, ct);
                await db.SaveChangesAsync(ct);
            }

            return written;
        }, cancellationToken);
        return TypedResults.Ok(result);
    }

    private static FieldErrors Required(string? indicator, string? territory)
    {
        var errors = new FieldErrors();
        errors.Required("indicator", indicator, FieldErrors.CodeMaxLength);
        errors.Required("territory", territory, FieldErrors.CodeMaxLength);
        return errors;
    }

    private static SeriesPointDto ToPoint(SeriesValue v) => new(
        v.Period.ToString(), v.Period.Start, v.Value, v.Denominator, v.Source, v.Revision, v.RecordedBy,
        DateTime.SpecifyKind(v.RecordedAtUtc, DateTimeKind.Utc), v.SupersededAtUtc is { } s ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : null, v.Note);
}
