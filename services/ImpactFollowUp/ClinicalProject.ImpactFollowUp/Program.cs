using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.Messaging;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;
using ClinicalProject.Territories.ReadModel;

// Impact follow-up: action plans, followed indicators and their evaluation.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<WebApplicationBuilder, ImpactDbContext>("impactdb");
builder.AddTerritoryReadModel<WebApplicationBuilder, ImpactDbContext>();
builder.AddMessaging<WebApplicationBuilder, ImpactDbContext>(bus => bus.AddTerritoryReadModelConsumer<ImpactDbContext>());
builder.Services.AddOpenApi();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous(); // the gateway aggregates it; the service port is internal
app.MapTerritoryReadModelApi();

return await app.RunWithMigrationsAsync<ImpactDbContext>(args);
