namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>A validated, normalised territory, ready to be stored.</summary>
public sealed record TerritoryDefinition(
    string Code,
    TerritoryLevel Level,
    string? ParentCode,
    string NameFr,
    string NameEn,
    double? CentroidLatitude = null,
    double? CentroidLongitude = null,
    string? GeometryGeoJson = null);
