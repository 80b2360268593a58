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
        builder.Services.AddOpenApi();
        return builder;
    }

    public static IEndpointRouteBuilder MapGapAnalysisApi(this IEndpointRouteBuilder app)
    {
        var analyses = app.MapGroup("/analyses").WithTags("Analyses").RequireViewer();
        analyses.MapGet("", AnalysisQueries.List).WithSummary("Stored analyses, newest first: what each read (ids and versions) and how many gaps it found.");
        analyses.MapPost("", RunEndpoint.Run).RequirePlanner()
            .WithSummary("Runs an analysis now on the current inputs (events run one by themselves, debounced); 409 when inputs are not ready.");
        analyses.MapGet("/{analysis}", AnalysisQueries.Get)
            .WithSummary("An analysis's summary (id or 'latest'): input versions, parameters, figures per program, gaps by type and program, top ten gaps.");
        analyses.MapGet("/{analysis}/compare", AnalysisQueries.Compare)
            .WithSummary("Gaps opened, closed and changed from this analysis to another ('with': an id or 'latest'; 'tolerance': relative change, default 0.01).");
        analyses.MapPost("/{analysis}/scenarios", ScenarioEndpoint.Run).RequirePlanner()
            .Accepts<ScenarioRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("What-if: the analysis recomputed from its own inputs with proposed changes (add-capacity, open-site, close-site, add-corridor); nothing stored.");

        var gaps = app.MapGroup("/gaps").WithTags("Gaps").RequireViewer();
        gaps.MapGet("", GapQueries.List)
            .WithSummary("Ranked gaps of an analysis (analysis: id or 'latest'), by territory, program, type, rule and minPriority, paged.");
        gaps.MapGet("/{**key}", GapQueries.Get).WithSummary("One gap (its key, e.g. accessibility/no-service-within-reach/8/0511) with its explanation.");

        var scores = app.MapGroup("").WithTags("Access scores").RequireViewer();
        const string Filters = "analysis (id or 'latest'), program, level (default the gap level; or the areas' level, e.g. da), territory.";
        scores.MapGet("/access-scores", ScoreQueries.Json).WithSummary("Access scores per program and territory, paged.").WithDescription(Filters);
        scores.MapGet("/access-scores.csv", ScoreQueries.Csv).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The same access scores as CSV, every row.").WithDescription(Filters);
        scores.MapGet("/access-scores.geojson", ScoreQueries.GeoJson).Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .WithSummary("The same access scores as GeoJSON points at the territories' population-weighted centroids.").WithDescription(Filters);

        var accessibility = app.MapGroup("/accessibility").WithTags("Ad-hoc accessibility").RequireViewer();
        accessibility.MapPost("", AdHocEndpoint.Compute).RequirePlanner()
            .Accepts<AdHocRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Accessibility of the demand, supply and costs sent, with the stored analyses' parameters by default; nothing stored.");

        var matrices = app.MapGroup("/travel-times").WithTags("Travel-time matrices").RequireViewer();
        matrices.MapGet("", TravelTimeMatrixApi.List).WithSummary("Imported travel-time matrices, newest (the one analyses use) first.");
        matrices.MapPost("/{version}", TravelTimeMatrixApi.Import).RequirePlanner()
            .Accepts<string>("text/csv", Tabular.BodyFormats.ParquetMediaType, "application/x-parquet")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute())
            .WithSummary("Imports a sparse travel-time matrix (CSV or Parquet: origin territory, destination site id, minutes), all rows or none.");
        return app;
    }

    private static Uri BaseAddress(string url) => new(url.TrimEnd('/') + "/");
}
