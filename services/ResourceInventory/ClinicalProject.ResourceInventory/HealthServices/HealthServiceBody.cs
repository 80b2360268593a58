using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.HealthServices;

/// <summary>A service as submitted and read.</summary>
/// <param name="Program">The service-program, 1 to 9.</param>
/// <param name="ServiceType">What kind of service, in words or a local code (such as "SAD" for home support).</param>
/// <param name="SiteIds">The sites where it is delivered.</param>
public sealed record HealthServiceBody(
    string Name,
    Guid? OrganizationId,
    int? Program,
    ContinuumLevel? Level,
    string? ServiceType = null,
    string? AlternateName = null,
    string? Description = null,
    Eligibility? Eligibility = null,
    IReadOnlyList<string>? Languages = null,
    IReadOnlyList<WeeklyHours>? Schedules = null,
    IReadOnlyList<DeliveryMode>? DeliveryModes = null,
    IReadOnlyList<Guid>? SiteIds = null,
    string? Email = null,
    string? Url = null,
    string? ApplicationProcess = null,
    IReadOnlyList<Phone>? Phones = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null);
