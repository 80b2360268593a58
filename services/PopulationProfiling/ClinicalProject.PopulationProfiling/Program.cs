using ClinicalProject.PopulationProfiling;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPopulationProfiling();

var app = builder.Build();

app.MapOpenApi().AllowAnonymous(); // the gateway aggregates it; the service port is internal
app.MapDefaultEndpoints();
app.MapPopulationProfilingApi();

return await app.RunWithMigrationsAsync<ProfilingDbContext>(args);
