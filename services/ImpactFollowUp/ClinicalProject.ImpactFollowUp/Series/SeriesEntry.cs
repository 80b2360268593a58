namespace ClinicalProject.ImpactFollowUp.Series;

/// <summary>One value as a caller sends it (JSON entries and CSV rows alike).</summary>
public sealed record SeriesEntry(
    string? Indicator,
    string? Territory,
    string? Period,
    double? Value,
    double? Denominator,
    string? Source,
    string? Note);

public sealed record SeriesEntriesBody(IReadOnlyList<SeriesEntry>? Entries);

/// <summary>What a write did: values added, corrections (new revisions) and values already held unchanged.</summary>
public sealed record SeriesWriteResult(int Added, int Corrected, int Unchanged);

public sealed record SeriesPointDto(
    string Period,
    DateOnly PeriodStart,
    double Value,
    double? Denominator,
    string Source,
    int Revision,
    string RecordedBy,
    DateTime RecordedAtUtc,
    DateTime? SupersededAtUtc,
    string? Note);

public sealed record SeriesDto(string Indicator, string Territory, PeriodKind? PeriodKind, IReadOnlyList<SeriesPointDto> Points);
