using System.Text.Json;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>
/// One territory as a file gave it, before validation: every field is the text received (coordinates too,
/// so CSV and JSON go through the same checks).
/// </summary>
/// <param name="Row">1-based data row number, used in error reports.</param>
public sealed record TerritoryInput(
    int Row,
    string? Code,
    string? Level,
    string? ParentCode,
    string? NameFr,
    string? NameEn,
    string? CentroidLatitude = null,
    string? CentroidLongitude = null,
    JsonElement? Geometry = null);
