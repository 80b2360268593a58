namespace ClinicalProject.PopulationProfiling.Profiles.Queries;

/// <summary>A territory's full profile for one period: every indicator of the profile, with its comparisons and trend.</summary>
public sealed record TerritoryProfileDto(
    Guid Profile,
    long Version,
    string HierarchyVersion,
    string Code,
    string Level,
    string NameFr,
    string NameEn,
    string? ParentCode,
    int Period,
    IReadOnlyList<TerritoryIndicatorDto> Indicators);
