using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Comparisons;
using ClinicalProject.ImpactFollowUp.Dashboards;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Evaluations;
using ClinicalProject.ImpactFollowUp.Gaps;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.ImpactFollowUp.Status;
using ClinicalProject.Messaging;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.ServiceDefaults.Database;
using ClinicalProject.ServiceDefaults.OpenApi;
using ClinicalProject.Territories.ReadModel;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClinicalProject.ImpactFollowUp;

/// <summary>The service's wiring and its endpoint groups, so Program.cs stays a screen.</summary>
public static class ImpactServiceExtensions
{
    /// <summary>
    /// The service's database, territory read model and messaging (with its consumers), its JSON conventions, and the
    /// clients that read profiles from population profiling and gaps from gap analysis.
    /// </summary>
    public static WebApplicationBuilder AddImpactFollowUp(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, ImpactDbContext>("impactdb");
        builder.AddTerritoryReadModel<WebApplicationBuilder, ImpactDbContext>();
        builder.AddMessaging<WebApplicationBuilder, ImpactDbContext>(bus => bus.AddTerritoryReadModelConsumer<ImpactDbContext>().AddImpactConsumers());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(options => ImpactJson.Configure(options.SerializerOptions));
        builder.Services.AddScoped<SeriesWriter>();
        builder.Services.AddScoped<IndicatorStatusUpdater>();
        builder.Services.AddScoped<EvaluationRunner>();
        var baseAddress = PagedSource.Address(builder.Configuration, "Impact:ProfilesSourceUrl", ProfilingClient.DefaultSourceUrl);
        // Profiling's figures need a viewer: the consumer calls with the service's own token.
        builder.Services.AddHttpClient<ProfilingClient>(http => http.BaseAddress = baseAddress).AddServiceAuthentication();
        // Gap analysis's gaps (claim check of GapAnalysisCompleted), read the same way.
        var gapsAddress = PagedSource.Address(builder.Configuration, "Impact:GapsSourceUrl", GapAnalysisClient.DefaultSourceUrl);
        builder.Services.AddHttpClient<GapAnalysisClient>(http => http.BaseAddress = gapsAddress).AddServiceAuthentication();
        builder.Services.AddServiceOpenApi();
        return builder;
    }

    /// <summary>Consumes <c>PopulationProfileComputed</c> into the followed indicators' series, <c>GapAnalysisCompleted</c> into the known gaps.</summary>
    public static IBusRegistrationConfigurator AddImpactConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<PopulationProfileComputedConsumer, PopulationProfileComputedConsumerDefinition>();
        bus.AddConsumer<GapAnalysisCompletedConsumer, GapAnalysisCompletedConsumerDefinition>();
        return bus;
    }

    /// <summary>Every endpoint group of the service, and its OpenAPI document (open: the service port is internal).</summary>
    public static WebApplication MapImpactFollowUpApi(this WebApplication app)
    {
        app.MapServiceOpenApi();
        app.MapTerritoryReadModelApi();
        app.MapPlansApi();
        app.MapSeriesApi();
        app.MapDashboardsApi();
        app.MapComparisonsApi();
        return app;
    }
}
