using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.ClinicalModels;
using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.GapInputs;

/// <summary>
/// Every active resource gap analysis reads, in one answer (<c>GET /gap-inputs</c>). <see cref="Version"/> is a
/// hash of every (kind, id, version) it holds: the same version means the same inventory, and every item carries
/// its own version so an analysis can record exactly what it read.
/// </summary>
public sealed record InventorySnapshotDto(
    string Version,
    DateTimeOffset ReadAt,
    IReadOnlyList<SnapshotOrganizationDto> Organizations,
    IReadOnlyList<SnapshotSiteDto> Sites,
    IReadOnlyList<SnapshotServiceDto> Services,
    IReadOnlyList<SnapshotCapacityDto> Capacities,
    IReadOnlyList<SnapshotAgreementDto> Agreements,
    IReadOnlyList<SnapshotCorridorDto> Corridors,
    IReadOnlyList<SnapshotClinicalModelDto> ClinicalModels);

public sealed record SnapshotOrganizationDto(Guid Id, int Version, string Name);

/// <summary>A site with its point and the territories containing or served by it (lowest first).</summary>
public sealed record SnapshotSiteDto(Guid Id, int Version, string Name, Guid OrganizationId, double? Latitude, double? Longitude,
    IReadOnlyList<string> TerritoryCodes, string? TerritoryHierarchyVersion);

public sealed record SnapshotServiceDto(Guid Id, int Version, string Name, Guid OrganizationId, int Program, ContinuumLevel Level,
    IReadOnlyList<Guid> SiteIds);

/// <summary>The current capacity of a service (at a site, or at every site of the service when null) in a unit.</summary>
public sealed record SnapshotCapacityDto(Guid Id, int Version, Guid ServiceId, Guid? SiteId, CapacityUnit Unit, decimal Value, DateOnly AsOf);

/// <summary>
/// An agreement's maximum delays and, per priority, the delay reported for the latest period (by the period's end;
/// a month or quarter before the year that ends with it).
/// </summary>
public sealed record SnapshotAgreementDto(Guid Id, int Version, string Title, int Program, IReadOnlyList<AgreementParty> Parties,
    IReadOnlyList<MaximumDelay> MaximumDelays, IReadOnlyList<ReportedDelay> ReportedDelays);

public sealed record SnapshotCorridorDto(Guid Id, int Version, string Name, int Program, ContinuumLevel Level, Guid FromOrganizationId,
    Guid ToOrganizationId, Guid? AgreementId);

public sealed record SnapshotClinicalModelDto(Guid Id, int Version, string Name, string? Description, IReadOnlyList<int> Programs,
    IReadOnlyList<GapType> GapTypes);
