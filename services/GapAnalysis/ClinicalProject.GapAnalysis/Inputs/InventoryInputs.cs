namespace ClinicalProject.GapAnalysis.Inputs;

/// <summary>Resource inventory's <c>/gap-inputs</c> answer, as this service reads it (enums as the inventory's kebab-case words).</summary>
public sealed record InventoryInputs(
    string Version,
    IReadOnlyList<InventoryOrganization> Organizations,
    IReadOnlyList<InventorySite> Sites,
    IReadOnlyList<InventoryService> Services,
    IReadOnlyList<InventoryCapacity> Capacities,
    IReadOnlyList<InventoryAgreement> Agreements,
    IReadOnlyList<InventoryCorridor> Corridors,
    IReadOnlyList<InventoryClinicalModel> ClinicalModels);

public sealed record InventoryOrganization(Guid Id, int Version, string Name);

public sealed record InventorySite(Guid Id, int Version, string Name, Guid OrganizationId, double? Latitude, double? Longitude,
    IReadOnlyList<string> TerritoryCodes, string? TerritoryHierarchyVersion);

public sealed record InventoryService(Guid Id, int Version, string Name, Guid OrganizationId, int Program, string Level, IReadOnlyList<Guid> SiteIds);

public sealed record InventoryCapacity(Guid Id, int Version, Guid ServiceId, Guid? SiteId, string Unit, decimal Value, DateOnly AsOf);

public sealed record InventoryAgreementParty(Guid OrganizationId, string? Role);

public sealed record InventoryMaximumDelay(string Priority, int Days);

/// <summary>The delay observed for a priority over its latest reporting period (2026, 2026-Q3 or 2026-09).</summary>
public sealed record InventoryReportedDelay(string Priority, string Period, double Days, string? Source);

public sealed record InventoryAgreement(Guid Id, int Version, string Title, int Program, IReadOnlyList<InventoryAgreementParty> Parties,
    IReadOnlyList<InventoryMaximumDelay> MaximumDelays, IReadOnlyList<InventoryReportedDelay>? ReportedDelays = null);

public sealed record InventoryCorridor(Guid Id, int Version, string Name, int Program, string Level, Guid FromOrganizationId, Guid ToOrganizationId,
    Guid? AgreementId);

public sealed record InventoryClinicalModel(Guid Id, int Version, string Name, string? Description, IReadOnlyList<int> Programs, IReadOnlyList<string> GapTypes);
