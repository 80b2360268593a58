using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Series;

/// <summary>
/// Validates a batch of values (every one, before anything is written: all or nothing) and applies it: a new
/// value is revision 1; a different value for a period already held is a correction (a new revision, the old one
/// kept and marked superseded); the same value again changes nothing, so reloading a file is harmless.
/// </summary>
public sealed class SeriesWriter(ImpactDbContext db)
{
    public const int MaxEntries = 100_000;

    /// <summary>Past this many, the problem stops listing (the file has a systematic fault).</summary>
    public const int MaxErrors = 100;

    /// <summary>No indicator value or denominator is larger (so sums and regressions stay finite).</summary>
    public const double MaxMagnitude = 1e12;

    /// <summary>Checks <paramref name="entries"/>; <paramref name="label"/> names each in errors (<c>entries[3]</c>, <c>rows[12]</c>).</summary>
    public async Task<(List<(SeriesEntry Entry, Period Period)> Valid, FieldErrors Errors)> ValidateAsync(
        IReadOnlyList<SeriesEntry> entries, Func<int, string> label, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var valid = new List<(SeriesEntry, Period)>(entries.Count);
        if (entries.Count == 0)
        {
            errors.Add("entries", "There are no values to record.");
        }
        else if (entries.Count > MaxEntries)
        {
            errors.Add("entries", $"At most {MaxEntries} values per request (got {entries.Count}).");
        }

        var kinds = new Dictionary<(string, string), PeriodKind>();
        var seen = new HashSet<(string, string, int)>();
        for (var i = 0; i < entries.Count && errors.Count < MaxErrors; i++)
        {
            var entry = entries[i];
            var at = label(i);
            if (entry is null)
            {
                errors.Add(at, $"{at} is empty.");
                continue;
            }

            var before = errors.Count;
            errors.Required($"{at}.indicator", entry.Indicator, FieldErrors.CodeMaxLength);
            errors.Required($"{at}.territory", entry.Territory, FieldErrors.CodeMaxLength);
            errors.Required($"{at}.source", entry.Source, FieldErrors.NameMaxLength);
            errors.MaxLength($"{at}.note", entry.Note, FieldErrors.TextMaxLength);
            if (entry.Value is null)
            {
                errors.Add($"{at}.value", $"{at}.value is required: a number.");
            }

            errors.Range($"{at}.value", entry.Value, MaxMagnitude);
            errors.Range($"{at}.denominator", entry.Denominator, MaxMagnitude);
            if (entry.Denominator is <= 0)
            {
                errors.Add($"{at}.denominator", $"{at}.denominator must be positive when given.");
            }

            if (!Period.TryParse(entry.Period, out var period))
            {
                errors.Add($"{at}.period", $"{at}.period '{entry.Period}' is not a period: use {Period.Formats}.");
            }

            if (errors.Count > before)
            {
                continue;
            }

            var key = (entry.Indicator!.Trim(), entry.Territory!.Trim());
            if (kinds.TryGetValue(key, out var kind) && kind != period.Kind)
            {
                errors.Add($"{at}.period", $"{at}.period {period} is a {ImpactJson.Format(period.Kind)}, but this request gives {key.Item1} in {key.Item2} by {ImpactJson.Format(kind)}: a series has one periodicity.");
                continue;
            }

            kinds[key] = period.Kind;
            if (!seen.Add((key.Item1, key.Item2, period.Index)))
            {
                errors.Add($"{at}.period", $"{at}: {key.Item1} in {key.Item2} for {period} is given twice in this request.");
                continue;
            }

            valid.Add((entry with { Indicator = key.Item1, Territory = key.Item2, Source = entry.Source!.Trim() }, period));
        }

        if (!errors.HasErrors)
        {
            await CheckHeldPeriodicityAsync(kinds, errors, cancellationToken);
        }

        return (valid, errors);
    }

    /// <summary>Applies validated values (saved by the caller's <c>SaveChanges</c>, with whatever else it writes).</summary>
    public async Task<SeriesWriteResult> ApplyAsync(
        IReadOnlyList<(SeriesEntry Entry, Period Period)> valid, string author, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var pairs = valid.Select(v => (v.Entry.Indicator!, v.Entry.Territory!)).Distinct().ToList();
        var indicators = pairs.Select(p => p.Item1).Distinct().ToList();
        var territories = pairs.Select(p => p.Item2).Distinct().ToList();
        var current = (await db.SeriesValues
                .Where(v => v.IsCurrent && indicators.Contains(v.IndicatorCode) && territories.Contains(v.TerritoryCode))
                .ToListAsync(cancellationToken))
            .ToDictionary(v => (v.IndicatorCode, v.TerritoryCode, v.PeriodIndex));
        int added = 0, corrected = 0, unchanged = 0;
        foreach (var (entry, period) in valid)
        {
            var revision = 1;
            if (current.TryGetValue((entry.Indicator!, entry.Territory!, period.Index), out var held))
            {
                if (held.Value.Equals(entry.Value!.Value) && Nullable.Equals(held.Denominator, entry.Denominator) && held.Source == entry.Source)
                {
                    unchanged++;
                    continue;
                }

                held.IsCurrent = false;
                held.SupersededAtUtc = nowUtc;
                revision = held.Revision + 1;
                corrected++;
            }
            else
            {
                added++;
            }

            db.SeriesValues.Add(new SeriesValue
            {
                IndicatorCode = entry.Indicator!,
                TerritoryCode = entry.Territory!,
                PeriodKind = period.Kind,
                PeriodIndex = period.Index,
                Value = entry.Value!.Value,
                Denominator = entry.Denominator,
                Source = entry.Source!,
                Note = entry.Note,
                Revision = revision,
                IsCurrent = true,
                RecordedBy = author,
                RecordedAtUtc = nowUtc,
            });
        }

        return new SeriesWriteResult(added, corrected, unchanged);
    }

    private async Task CheckHeldPeriodicityAsync(Dictionary<(string, string), PeriodKind> kinds, FieldErrors errors, CancellationToken cancellationToken)
    {
        var indicators = kinds.Keys.Select(k => k.Item1).Distinct().ToList();
        var held = await db.SeriesValues.AsNoTracking()
            .Where(v => v.IsCurrent && indicators.Contains(v.IndicatorCode))
            .Select(v => new { v.IndicatorCode, v.TerritoryCode, v.PeriodKind })
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var series in held)
        {
            if (kinds.TryGetValue((series.IndicatorCode, series.TerritoryCode), out var kind) && kind != series.PeriodKind)
            {
                errors.Add("period", $"{series.IndicatorCode} in {series.TerritoryCode} is held by {ImpactJson.Format(series.PeriodKind)}; values by {ImpactJson.Format(kind)} cannot join it.");
            }
        }
    }
}
