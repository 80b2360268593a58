namespace ClinicalProject.Contracts;

/// <summary>
/// A gap analysis was computed and stored. A claim check: consumers read its gaps and access scores from the
/// gap-analysis service's API (<c>/analyses/{AnalysisId}</c>, <c>/gaps?analysis={AnalysisId}</c>); the event
/// carries ids and versions only.
/// </summary>
/// <param name="AnalysisId">The analysis.</param>
/// <param name="AnalysisVersion">Increases with every analysis the service stores.</param>
/// <param name="ProfileId">The population profile it read.</param>
/// <param name="ProfileVersion">That profile's version.</param>
/// <param name="InventoryVersion">The version (content hash) of the inventory it read.</param>
/// <param name="HierarchyVersion">The territory hierarchy of its territories.</param>
/// <param name="GapCount">How many gaps it found.</param>
/// <param name="CompletedAt">When it was stored.</param>
[ContractName("gap-analysis/gap-analysis-completed/v1")]
public sealed record GapAnalysisCompleted(
    Guid AnalysisId,
    long AnalysisVersion,
    Guid ProfileId,
    long ProfileVersion,
    string InventoryVersion,
    string HierarchyVersion,
    int GapCount,
    DateTimeOffset CompletedAt);
