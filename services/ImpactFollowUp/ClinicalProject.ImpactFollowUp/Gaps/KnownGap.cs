namespace ClinicalProject.ImpactFollowUp.Gaps;

/// <summary>
/// A gap of a completed gap analysis as this service learnt it from <c>GapAnalysisCompleted</c> (a read model: the
/// analysis owns the gap). Kept for every analysis, so a plan's reference stays valid and a gap that a later
/// analysis no longer finds reads as closed.
/// </summary>
public sealed class KnownGap
{
    public long AnalysisVersion { get; set; }

    /// <summary>The gap's key in gap analysis (e.g. <c>accessibility/no-service-within-reach/8/0511</c>).</summary>
    public required string Key { get; set; }

    public Guid AnalysisId { get; set; }

    public required string Type { get; set; }

    public required string Rule { get; set; }

    public int Program { get; set; }

    public required string Territory { get; set; }

    public double Priority { get; set; }

    public required string SentenceEn { get; set; }

    public required string SentenceFr { get; set; }
}

/// <summary>A completed gap analysis this service has read (its gaps are <see cref="KnownGap"/> rows).</summary>
public sealed class KnownAnalysis
{
    public Guid AnalysisId { get; set; }

    public long Version { get; set; }

    public int GapCount { get; set; }

    public DateTime CompletedAtUtc { get; set; }
}
