using System.Text.Json;

namespace ClinicalProject.GapAnalysis.Analyses;

/// <summary>An analysis as listed: what it read (ids and versions), when, why, and how many gaps it found.</summary>
public sealed record AnalysisDto(
    Guid Id,
    long Version,
    string Trigger,
    DateTime CreatedAtUtc,
    Guid ProfileId,
    long ProfileVersion,
    string HierarchyVersion,
    string PopulationDatasetVersion,
    int Period,
    string? ProjectionVersion,
    int? ProjectedPeriod,
    string InventoryVersion,
    string? TravelTimeMatrixVersion,
    IReadOnlyList<int> Programs,
    int GapCount)
{
    public static AnalysisDto From(Analysis a) => new(a.Id, a.Version, a.Trigger, a.CreatedAtUtc, a.ProfileId, a.ProfileVersion, a.HierarchyVersion,
        a.PopulationDatasetVersion, a.Period, a.ProjectionVersion, a.ProjectedPeriod, a.InventoryVersion, a.TravelTimeMatrixVersion,
        a.Programs.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList(), a.GapCount);
}

/// <summary>
/// An analysis's summary: the listing, its parameters, every input version it read, its figures per program
/// (totals, the invariant Σ demand × access, region score, people without service), and its gaps counted by type
/// and program with the ten highest priorities.
/// </summary>
public sealed record AnalysisSummaryDto(
    AnalysisDto Analysis,
    JsonElement Parameters,
    JsonElement InputVersions,
    JsonElement Summary,
    IReadOnlyDictionary<string, int> GapsByType,
    IReadOnlyDictionary<int, int> GapsByProgram,
    IReadOnlyList<GapDto> TopGaps);
