using ClinicalProject.Messaging;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Deprivation;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.Profiles;
using ClinicalProject.PopulationProfiling.StandardPopulations;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.ServiceDefaults.Database;
using ClinicalProject.ServiceDefaults.OpenApi;

namespace ClinicalProject.PopulationProfiling;

/// <summary>The service's wiring and its endpoint groups, so Program.cs stays a screen.</summary>
public static class ProfilingServiceExtensions
{
    /// <summary>The service's database and messaging (with its consumers), its options, and its features' services.</summary>
    public static WebApplicationBuilder AddPopulationProfiling(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, ProfilingDbContext>("profilingdb");
        builder.AddMessaging<WebApplicationBuilder, ProfilingDbContext>(bus => bus.AddProfileConsumers());
        builder.Services.Configure<ProfilingOptions>(builder.Configuration.GetSection(ProfilingOptions.SectionName));
        builder.Services.AddDatasets();
        builder.Services.AddProfiles();
        builder.Services.AddServiceOpenApi();
        return builder;
    }

    /// <summary>Every endpoint group of the service, and its OpenAPI document (open: the service port is internal).</summary>
    public static WebApplication MapPopulationProfilingApi(this WebApplication app)
    {
        app.MapServiceOpenApi();
        app.MapTerritoriesApi();
        app.MapIndicatorsApi();
        app.MapStandardPopulationsApi();
        app.MapDeprivationApi();
        app.MapDatasetsApi();
        app.MapProfilesApi();
        return app;
    }
}
