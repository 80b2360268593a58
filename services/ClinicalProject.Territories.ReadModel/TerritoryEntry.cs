namespace ClinicalProject.Territories.ReadModel;

/// <summary>
/// One territory of one hierarchy version, as population profiling published it: a read model's row, and the
/// shape the shared territory queries read (<see cref="Queries.ITerritoryQuerySource"/>).
/// </summary>
public sealed class TerritoryEntry
{
    public required string HierarchyVersion { get; set; }

    public required string Code { get; set; }

    public required string Level { get; set; }

    public string? ParentCode { get; set; }

    public required string NameFr { get; set; }

    public string? NameEn { get; set; }

    public double? CentroidLatitude { get; set; }

    public double? CentroidLongitude { get; set; }

    /// <summary>
    /// GeoJSON geometry (RFC 7946), minified: only the owner holds geometries, so only population profiling's
    /// query source fills it; a read model does not store it (ignored in <see cref="TerritoryReadModelModelBuilderExtensions"/>).
    /// </summary>
    public string? GeometryGeoJson { get; set; }
}
