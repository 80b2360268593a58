using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.Messaging;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;
using ClinicalProject.Territories.ReadModel;

// Gap analysis: accessibility, continuity and quality gaps between needs and supply.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<WebApplicationBuilder, GapAnalysisDbContext>("gapanalysisdb");
builder.AddTerritoryReadModel<WebApplicationBuilder, GapAnalysisDbContext>();
builder.AddMessaging<WebApplicationBuilder, GapAnalysisDbContext>(bus => bus.AddTerritoryReadModelConsumer<GapAnalysisDbContext>());
builder.Services.AddOpenApi();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous(); // the gateway aggregates it; the service port is internal
app.MapTerritoryReadModelApi();

return await app.RunWithMigrationsAsync<GapAnalysisDbContext>(args);
