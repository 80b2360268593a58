using ClinicalProject.GapAnalysis;
using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;

// Gap analysis: accessibility, capacity, continuity and quality gaps between needs and supply, ranked and explained.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGapAnalysis();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGapAnalysisApi();

return await app.RunWithMigrationsAsync<GapAnalysisDbContext>(args);
