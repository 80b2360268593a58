using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Comparisons;
using ClinicalProject.ImpactFollowUp.Dashboards;
using ClinicalProject.ImpactFollowUp.Evaluations;
using ClinicalProject.ImpactFollowUp.Gaps;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.ImpactFollowUp.Status;
using ClinicalProject.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClinicalProject.ImpactFollowUp;

public static class ImpactServiceExtensions
{
    /// <summary>The impact API's services, its JSON conventions, and the client that reads profiles from population profiling.</summary>
    public static WebApplicationBuilder AddImpactFollowUp(this WebApplicationBuilder builder)
    {
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
        return builder;
    }

    /// <summary>Consumes <c>PopulationProfileComputed</c> into the followed indicators' series, <c>GapAnalysisCompleted</c> into the known gaps.</summary>
    public static IBusRegistrationConfigurator AddImpactConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<PopulationProfileComputedConsumer, PopulationProfileComputedConsumerDefinition>();
        bus.AddConsumer<GapAnalysisCompletedConsumer, GapAnalysisCompletedConsumerDefinition>();
        return bus;
    }

    /// <summary>Reads need a viewer; writes a planner (the ad-hoc evaluation, which stores nothing, a viewer).</summary>
    public static WebApplication MapImpactApi(this WebApplication app)
    {
        var plans = app.MapGroup("/plans").WithTags("Action plans").RequireViewer();
        plans.MapGet("/", PlanHandlers.List).WithSummary("Action plans, filtered by status, program and territory, paged.");
        plans.MapGet("/{id:guid}", PlanHandlers.Get).WithSummary("One plan, with its ETag.");
        plans.MapPost("/", PlanHandlers.Create).Accepts<PlanBody>("application/json").RequirePlanner()
            .WithSummary("Create a plan (a reference already used with the same content answers 200 with that plan).");
        plans.MapPut("/{id:guid}", PlanHandlers.Update).Accepts<PlanBody>("application/json").RequirePlanner()
            .WithSummary("Replace a plan's data; If-Match with its ETag is required.");
        plans.MapGet("/{id:guid}/gaps", PlanGapHandlers.Get)
            .WithSummary("The gaps the plan answers, each open or closed (a later gap analysis no longer finds it; the link is kept).");
        plans.MapGet("/{id:guid}/history", PlanHandlers.History).WithSummary("The plan's audit trail: who changed what, when.");
        plans.MapPost("/{id:guid}/status", PlanStatusHandlers.Change).Accepts<StatusChangeBody>("application/json").RequirePlanner()
            .WithSummary("Change the plan's status; starting it (in-progress) declares its evaluation. If-Match required.");
        plans.MapGet("/{id:guid}/status-history", PlanStatusHandlers.History).WithSummary("The plan's status changes, oldest first.");
        plans.MapGet("/{id:guid}/evaluations", EvaluationHandlers.List).WithSummary("Every declared version of the plan's evaluation, oldest first.");
        plans.MapPost("/{id:guid}/evaluations", EvaluationHandlers.Declare).Accepts<EvaluationBody>("application/json").RequirePlanner()
            .WithSummary("Declare a later version of a started plan's evaluation (reason required; If-Match: the plan's ETag).");

        var series = app.MapGroup("/series").WithTags("Series").RequireViewer();
        series.MapGet("/", SeriesHandlers.Get).WithSummary("One indicator's series in one territory (history=true: every revision).");
        series.MapGet("/export.csv", SeriesHandlers.Csv).Produces(StatusCodes.Status200OK, contentType: "text/csv").WithSummary("The same as CSV.");
        series.MapPost("/values", SeriesHandlers.Record).Accepts<SeriesEntriesBody>("application/json").RequirePlanner()
            .WithSummary("Record values (all or nothing); a different value for a period held is a correction, a new revision.");
        app.MapPost("/imports/series", SeriesHandlers.Import).WithTags("Series").Accepts<IFormFile>("text/csv").RequirePlanner()
            .WithSummary("Import values from CSV (indicator,territory,period,value[,denominator,source,note]; ?source= names the source): all or nothing.");

        plans.MapGet("/{id:guid}/evaluation-results", EvaluationResultHandlers.Get)
            .WithSummary("The declared evaluation (latest, or ?version=) run on the values held now: ITS, controlled ITS or DiD per outcome.");
        plans.MapGet("/{id:guid}/evaluation-results.csv", EvaluationResultHandlers.Csv).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The same, one row per outcome, as CSV.");
        plans.MapGet("/{id:guid}/indicators/{code}/chart", ChartHandlers.Get)
            .WithSummary("One followed indicator ready to chart: values, comparison, fitted segments, counterfactual, control limits, baseline and target.");
        plans.MapGet("/{id:guid}/indicators/{code}/funnel", FunnelHandlers.Get)
            .WithSummary("Territories compared for one period (?period=, default the latest) on a funnel plot: rates per 1,000 with 95 % and 99.8 % limits.");
        plans.MapGet("/{id:guid}/indicators/{code}/comparison-suggestions", ComparisonHandlers.Suggest)
            .WithSummary("Territories like the plan's (deprivation quintile, population, baseline level of the indicator), closest first (?count=, default 5).");

        var dashboards = app.MapGroup("/").WithTags("Dashboards").RequireViewer();
        dashboards.MapGet("/scorecard", ScorecardHandlers.Get).WithSummary("Plans with their indicators, latest values and statuses (?status=, ?program=).");
        dashboards.MapGet("/scorecard.csv", ScorecardHandlers.Csv).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The scorecard as CSV, one row per plan and indicator.");
        dashboards.MapGet("/alerts", ScorecardHandlers.Alerts).WithSummary("Indicators that went off track, newest first (?planId=, ?limit=).");
        // Stores nothing, so a viewer may call it (the gateway routes it with the viewer policy).
        dashboards.MapPost("/evaluate", AdHocEvaluation.Evaluate).Accepts<AdHocRequest>("application/json")
            .WithSummary("Evaluate a series sent in the request: its, controlled-its, did or control-chart (individuals, p, u).");

        var traits = app.MapGroup("/territory-traits").WithTags("Comparisons").RequireViewer();
        traits.MapGet("/", ComparisonHandlers.ListTraits).WithSummary("What the service knows of territories to suggest comparisons.");
        traits.MapPut("/", ComparisonHandlers.PutTraits).Accepts<TerritoryTraitsBody>("application/json").RequirePlanner()
            .WithSummary("Record territories' deprivation quintile and population (added or replaced; the same again changes nothing).");
        return app;
    }
}
