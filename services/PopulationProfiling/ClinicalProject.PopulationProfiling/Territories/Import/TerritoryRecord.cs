using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>
/// One territory in the JSON format: what the import accepts in <c>territories</c> and what the hierarchy
/// export returns, so an export can be imported as it is. Unknown properties are refused, so a misspelt
/// one ("parent") is reported rather than silently dropped.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TerritoryRecord(
    string? Code,
    string? Level,
    string? ParentCode,
    string? NameFr,
    string? NameEn,
    double? CentroidLatitude,
    double? CentroidLongitude,
    JsonElement? Geometry);
