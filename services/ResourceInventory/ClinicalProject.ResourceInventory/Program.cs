using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.Messaging;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;
using ClinicalProject.Territories.ReadModel;

// Resource inventory: organisations, sites, services, capacity, agreements, corridors and roles of the network.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<WebApplicationBuilder, InventoryDbContext>("inventorydb");
builder.AddTerritoryReadModel<WebApplicationBuilder, InventoryDbContext>();
builder.AddMessaging<WebApplicationBuilder, InventoryDbContext>(bus => bus.AddTerritoryReadModelConsumer<InventoryDbContext>());
builder.Services.AddOpenApi();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous(); // the gateway aggregates it; the service port is internal
app.MapTerritoryReadModelApi();

return await app.RunWithMigrationsAsync<InventoryDbContext>(args);
