using ClinicalProject.ImpactFollowUp;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.Messaging;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;
using ClinicalProject.Territories.ReadModel;

// Impact follow-up: action plans, followed indicators, their series, declared evaluations, statuses and alerts.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<WebApplicationBuilder, ImpactDbContext>("impactdb");
builder.AddTerritoryReadModel<WebApplicationBuilder, ImpactDbContext>();
builder.AddMessaging<WebApplicationBuilder, ImpactDbContext>(bus => bus.AddTerritoryReadModelConsumer<ImpactDbContext>().AddImpactConsumers());
builder.AddImpactFollowUp();
builder.Services.AddOpenApi();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous(); // the gateway aggregates it; the service port is internal
app.MapTerritoryReadModelApi();
app.MapImpactApi();

return await app.RunWithMigrationsAsync<ImpactDbContext>(args);
