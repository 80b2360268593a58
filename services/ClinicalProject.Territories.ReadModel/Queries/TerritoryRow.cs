namespace ClinicalProject.Territories.ReadModel.Queries;

/// <summary>
/// A territory as the shared queries read it, whichever table holds it (population profiling's own, or a read
/// model): an <see cref="ITerritoryQuerySource"/> projects its rows into this with a member initialiser, so the
/// queries' filters and ordering still run in the database.
/// </summary>
public sealed class TerritoryRow
{
    public string HierarchyVersion { get; init; } = "";

    public string Code { get; init; } = "";

    /// <summary>The canonical level name (<see cref="TerritoryLevelNames"/>).</summary>
    public string Level { get; init; } = "";

    public string? ParentCode { get; init; }

    public string NameFr { get; init; } = "";

    public string? NameEn { get; init; }

    public double? CentroidLatitude { get; init; }

    public double? CentroidLongitude { get; init; }

    /// <summary>GeoJSON geometry (RFC 7946), minified; only the owner (population profiling) holds it.</summary>
    public string? GeometryGeoJson { get; init; }
}

/// <summary>A hierarchy version as the shared queries read it.</summary>
public sealed class TerritoryHierarchyRow
{
    public string Version { get; init; } = "";

    public int TerritoryCount { get; init; }

    public string ContentHash { get; init; } = "";

    /// <summary>When population profiling imported it (UTC).</summary>
    public DateTime ImportedAtUtc { get; init; }
}
