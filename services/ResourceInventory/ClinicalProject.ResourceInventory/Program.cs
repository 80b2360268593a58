using ClinicalProject.ResourceInventory;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;

// Resource inventory: organisations, sites, services, capacity, agreements, corridors, roles and clinical models of the network.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddResourceInventory();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapResourceInventoryApi();

return await app.RunWithMigrationsAsync<InventoryDbContext>(args);
