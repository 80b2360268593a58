using ClinicalProject.GapAnalysis.AdHoc;
using ClinicalProject.GapAnalysis.Analyses;
using ClinicalProject.GapAnalysis.Common;
using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.GapAnalysis.Gaps;
using ClinicalProject.GapAnalysis.Inputs;
using ClinicalProject.GapAnalysis.Matrices;
using ClinicalProject.GapAnalysis.Runs;
using ClinicalProject.GapAnalysis.Scenarios;
using ClinicalProject.GapAnalysis.Scores;
using ClinicalProject.Messaging;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.ServiceDefaults.Database;
using ClinicalProject.ServiceDefaults.OpenApi;
using ClinicalProject.Territories.ReadModel;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClinicalProject.GapAnalysis;

/// <summary>The service's wiring and its endpoint groups, so Program.cs stays a screen.</summary>
public static class GapAnalysisServiceExtensions
{
    public static WebApplicationBuilder AddGapAnalysis(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, GapAnalysisDbContext>("gapanalysisdb");
        builder.AddTerritoryReadModel<WebApplicationBuilder, GapAnalysisDbContext>();
        builder.AddMessaging<WebApplicationBuilder, GapAnalysisDbContext>(bus =>
        {
            bus.AddTerritoryReadModelConsumer<GapAnalysisDbContext>();
            bus.AddConsumer<PopulationProfileComputedConsumer>();
            bus.AddConsumer<ResourceInventoryChangedConsumer>();
        });
        var section = builder.Configuration.GetSection(GapAnalysisOptions.SectionName);
        builder.Services.Configure<GapAnalysisOptions>(section);
        var options = section.Get<GapAnalysisOptions>() ?? new GapAnalysisOptions();
        _ = Computation.AnalysisParameters.From(options); // a bad method name fails at start-up, not at the first run
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The bulk reads need a viewer: the service calls them with its own token.
        builder.Services.AddHttpClient<ProfilingSourceClient>(http => http.BaseAddress = BaseAddress(options.ProfilingUrl)).AddServiceAuthentication();
        builder.Services.AddHttpClient<InventorySourceClient>(http => http.BaseAddress = BaseAddress(options.InventoryUrl)).AddServiceAuthentication();
        builder.Services.AddSingleton<AnalysisTrigger>();
        builder.Services.AddScoped<AnalysisRunner>();
        builder.Services.AddScoped<AnalysisStore>();
        builder.Services.AddHostedService<AnalysisScheduler>();
        builder.Services.AddServiceOpenApi();
        return builder;
    }

    /// <summary>Every endpoint group of the service, and its OpenAPI document (open: the service port is internal).</summary>
    public static WebApplication MapGapAnalysisApi(this WebApplication app)
    {
        app.MapServiceOpenApi();
        app.MapTerritoryReadModelApi();
        app.MapAnalysesApi();
        app.MapGapsApi();
        app.MapAccessScoresApi();
        app.MapAccessibilityApi();
        app.MapTravelTimeMatrixApi();
        return app;
    }

    private static Uri BaseAddress(string url) => new(url.TrimEnd('/') + "/");
}
