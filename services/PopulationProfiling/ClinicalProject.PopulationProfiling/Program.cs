using ClinicalProject.Messaging;
using ClinicalProject.PopulationProfiling;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Deprivation;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.StandardPopulations;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase<WebApplicationBuilder, ProfilingDbContext>("profilingdb");
builder.AddMessaging<WebApplicationBuilder, ProfilingDbContext>();
builder.Services.Configure<ProfilingOptions>(builder.Configuration.GetSection(ProfilingOptions.SectionName));
builder.Services.AddDatasets();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseStatusCodePages(); // empty error responses (such as routing's 415) get an RFC 7807 body too
app.MapOpenApi();
app.MapDefaultEndpoints();
app.MapTerritoriesApi();
app.MapIndicatorsApi();
app.MapStandardPopulationsApi();
app.MapDeprivationApi();
app.MapDatasetsApi();

return await app.RunWithMigrationsAsync<ProfilingDbContext>(args);

/// <summary>Visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
