namespace ClinicalProject.Territories.ReadModel;

/// <summary>A territory as the services answer it.</summary>
public sealed record TerritoryDto(
    string Code,
    string Level,
    string? ParentCode,
    string NameFr,
    string? NameEn,
    double? CentroidLatitude,
    double? CentroidLongitude);

/// <summary>A hierarchy version held by this service.</summary>
public sealed record TerritoryHierarchyDto(string Version, int TerritoryCount, string ContentHash, DateTime ImportedAtUtc);

/// <summary>A page of results with what is needed to fetch the others.</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>The hierarchy as population profiling serves it (<c>GET /territories/hierarchies/{version}</c>).</summary>
public sealed record PublishedHierarchyDto(string Version, string ContentHash, IReadOnlyList<TerritoryDto> Territories);
