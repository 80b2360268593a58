using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.ResourceInventory.Tests.Security;

/// <summary>
/// Every endpoint the inventory maps: reading needs viewer, writing (create, replace, retire, HSDS import) needs
/// planner; only probes and OpenAPI are open.
/// </summary>
public sealed class EndpointAuthorizationTests(InventoryApiFactory factory) : Testing.Security.EndpointAuthorizationTests(
    factory.Services, factory.Server.CreateClient, ClinicalRoles.Planner,
    ["POST /hsds/import", "DELETE /organizations/{id:guid}"]), IClassFixture<InventoryApiFactory>;
