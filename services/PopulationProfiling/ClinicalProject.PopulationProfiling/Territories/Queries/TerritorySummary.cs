namespace ClinicalProject.PopulationProfiling.Territories.Queries;

/// <summary>A territory in a list (no geometry: ask for the territory itself for that).</summary>
public sealed record TerritorySummary(
    string Code,
    string Level,
    string? ParentCode,
    string NameFr,
    string NameEn,
    double? CentroidLatitude,
    double? CentroidLongitude);
