namespace ClinicalProject.ImpactFollowUp.Series;

/// <summary>
/// One revision of one value of an indicator's series in a territory. A correction adds a revision and
/// marks the previous one superseded: the old value is kept, never overwritten.
/// </summary>
public sealed class SeriesValue
{
    public long Id { get; set; }

    public required string IndicatorCode { get; set; }

    public required string TerritoryCode { get; set; }

    public PeriodKind PeriodKind { get; set; }

    /// <summary>Consecutive periods differ by one (see <see cref="Period.Index"/>).</summary>
    public int PeriodIndex { get; set; }

    public double Value { get; set; }

    /// <summary>For counts: the denominator (population or exposure) when known; u and p charts need it.</summary>
    public double? Denominator { get; set; }

    /// <summary>Where the value comes from: "profiling", a file name, a registry.</summary>
    public required string Source { get; set; }

    public string? Note { get; set; }

    public int Revision { get; set; }

    public bool IsCurrent { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public DateTime? SupersededAtUtc { get; set; }

    public Period Period => Period.FromIndex(PeriodKind, PeriodIndex);
}
