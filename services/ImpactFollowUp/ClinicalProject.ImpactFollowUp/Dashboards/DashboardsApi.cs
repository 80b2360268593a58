using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.ImpactFollowUp.Dashboards;

/// <summary>The scorecard, the alerts and the ad-hoc evaluation (which stores nothing, so a viewer may call it).</summary>
public static class DashboardsApi
{
    public static RouteGroupBuilder MapDashboardsApi(this IEndpointRouteBuilder app)
    {
        var dashboards = app.MapGroup("/").WithTags("Dashboards").RequireViewer();
        dashboards.MapGet("/scorecard", ScorecardHandlers.Get).WithSummary("Plans with their indicators, latest values and statuses (?status=, ?program=).");
        dashboards.MapGet("/scorecard.csv", ScorecardHandlers.Csv).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The scorecard as CSV, one row per plan and indicator.");
        dashboards.MapGet("/alerts", ScorecardHandlers.Alerts).WithSummary("Indicators that went off track, newest first (?planId=, ?limit=).");
        // Stores nothing, so a viewer may call it (the gateway routes it with the viewer policy).
        dashboards.MapPost("/evaluate", AdHocEvaluationHandlers.Evaluate).Accepts<AdHocRequest>("application/json")
            .WithSummary("Evaluate a series sent in the request: its, controlled-its, did or control-chart (individuals, p, u).");
        return dashboards;
    }
}
