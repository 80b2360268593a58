using System.Text.Json;

namespace ClinicalProject.Territories.ReadModel.Queries;

/// <summary>A territory in a list, and in a published hierarchy (no geometry: ask for the territory itself for that).</summary>
public sealed record TerritorySummary(
    string Code,
    string Level,
    string? ParentCode,
    string NameFr,
    string? NameEn,
    double? CentroidLatitude,
    double? CentroidLongitude);

/// <summary>One territory with its place in the hierarchy.</summary>
/// <param name="Geometry">GeoJSON, from population profiling only (the read models do not hold geometries).</param>
/// <param name="Ancestors">From the province down to the parent; empty for the province.</param>
/// <param name="ChildCodes">The territories one level below, sorted by code.</param>
public sealed record TerritoryDetail(
    string Version,
    string Code,
    string Level,
    string? ParentCode,
    string NameFr,
    string? NameEn,
    double? CentroidLatitude,
    double? CentroidLongitude,
    JsonElement? Geometry,
    IReadOnlyList<TerritoryReference> Ancestors,
    IReadOnlyList<string> ChildCodes);

/// <summary>Another territory named from a territory's detail: one step of its ancestors' path.</summary>
public sealed record TerritoryReference(string Code, string Level, string NameFr, string? NameEn);

/// <summary>A hierarchy version a service holds. <see cref="IsLatest"/> marks the one queries use by default.</summary>
public sealed record HierarchyVersionInfo(
    string Version,
    int TerritoryCount,
    string ContentHash,
    DateTimeOffset ImportedAt,
    bool IsLatest);

/// <summary>
/// A whole hierarchy version as population profiling exports it (<c>GET /territories/hierarchies/{version}</c>),
/// read by the other services' consumers (the claim check of <c>TerritoryHierarchyImported</c>).
/// </summary>
public sealed record PublishedHierarchyDto(string Version, string ContentHash, IReadOnlyList<TerritorySummary> Territories);
