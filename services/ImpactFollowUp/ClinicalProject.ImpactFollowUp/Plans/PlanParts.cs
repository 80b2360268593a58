namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>A gap the plan answers, as gap analysis identifies it (stored as a reference: the analysis owns the gap).</summary>
public sealed record GapReference(string GapId, string AnalysisVersion);

/// <summary>The co-management tandem (clinical-administrative and medical managers) and the plan's owner.</summary>
public sealed record CoManagement(string ClinicalAdministrativeManager, string MedicalManager, string Owner);

/// <summary>A document or page that supports the plan (minutes, protocol, report).</summary>
public sealed record EvidenceLink(string Title, string Url);

/// <summary>Which way an indicator should move.</summary>
public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>How several territories' values of one period make the plan's series: counts add up; rates are averaged.</summary>
public enum Aggregation
{
    Sum,
    Mean,
}

public sealed record Baseline(double? Value, string? Period);

public sealed record Target(double? Value, DateOnly? Date);

/// <summary>An indicator a plan follows, with its baseline, target, direction and comparison territories.</summary>
public sealed record FollowedIndicator(
    string Code,
    string? Label,
    Baseline? Baseline,
    Target? Target,
    Direction? Direction,
    Aggregation? Aggregation,
    IReadOnlyList<string>? ComparisonTerritories);
