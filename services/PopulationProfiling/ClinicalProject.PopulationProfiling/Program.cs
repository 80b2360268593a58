using ClinicalProject.PopulationProfiling;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;

// Population profiling: territories, population datasets, indicators and their profiles with methods and confidence intervals.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPopulationProfiling();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPopulationProfilingApi();

return await app.RunWithMigrationsAsync<ProfilingDbContext>(args);
