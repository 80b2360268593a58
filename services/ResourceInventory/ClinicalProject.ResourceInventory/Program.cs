using ClinicalProject.Messaging;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;
using ClinicalProject.Territories.ReadModel;

// Resource inventory: organisations, sites, services, capacity, agreements, corridors, roles and clinical models of the network.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<WebApplicationBuilder, InventoryDbContext>("inventorydb");
builder.AddTerritoryReadModel<WebApplicationBuilder, InventoryDbContext>();
builder.AddMessaging<WebApplicationBuilder, InventoryDbContext>(bus => bus.AddTerritoryReadModelConsumer<InventoryDbContext>());
builder.AddInventory();
builder.Services.AddOpenApi();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous(); // the gateway aggregates it; the service port is internal
app.MapTerritoryReadModelApi();
app.MapInventoryApi();

return await app.RunWithMigrationsAsync<InventoryDbContext>(args);
