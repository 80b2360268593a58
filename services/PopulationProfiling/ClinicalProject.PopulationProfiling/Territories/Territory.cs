namespace ClinicalProject.PopulationProfiling.Territories;

/// <summary>A territory of one hierarchy version. Its key is (version, code).</summary>
public sealed class Territory
{
    public required string HierarchyVersion { get; init; }

    /// <summary>Text, leading zeros kept ("05" is Estrie, "0515" the RLS de Sherbrooke).</summary>
    public required string Code { get; init; }

    public TerritoryLevel Level { get; init; }

    /// <summary>The parent's code in the same version; null only for the province.</summary>
    public string? ParentCode { get; init; }

    public required string NameFr { get; init; }

    public required string NameEn { get; init; }

    /// <summary>Population-weighted centroid (WGS 84), when known.</summary>
    public double? CentroidLatitude { get; init; }

    public double? CentroidLongitude { get; init; }

    /// <summary>GeoJSON geometry object (RFC 7946), minified, when known.</summary>
    public string? GeometryGeoJson { get; init; }
}
