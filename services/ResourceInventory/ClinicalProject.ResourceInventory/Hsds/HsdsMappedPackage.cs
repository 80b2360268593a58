using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Sites;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>An HSDS package turned into inventory resources, with the errors found on the way.</summary>
public sealed record HsdsMappedPackage(
    IReadOnlyList<HsdsEntry<OrganizationBody>> Organizations,
    IReadOnlyList<HsdsEntry<SiteBody>> Sites,
    IReadOnlyList<HsdsEntry<HealthServiceBody>> Services,
    IReadOnlyList<HsdsEntry<CapacityBody>> Capacities,
    IReadOnlyList<ImportError> Errors);
