using ClinicalProject.GapAnalysis;
using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;
using ClinicalProject.Territories.ReadModel;

// Gap analysis: accessibility, capacity, continuity and quality gaps between needs and supply, ranked and explained.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGapAnalysis();

var app = builder.Build();
app.UseStatusCodePages(); // empty error responses (such as routing's 415) get an RFC 7807 body too
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous(); // the gateway aggregates it; the service port is internal
app.MapTerritoryReadModelApi();
app.MapGapAnalysisApi();

return await app.RunWithMigrationsAsync<GapAnalysisDbContext>(args);
