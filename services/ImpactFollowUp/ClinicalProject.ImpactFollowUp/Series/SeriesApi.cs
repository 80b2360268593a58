using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.ImpactFollowUp.Series;

/// <summary>Followed indicators' series: read, recorded, imported. Reads need a viewer; writes a planner.</summary>
public static class SeriesApi
{
    public static RouteGroupBuilder MapSeriesApi(this IEndpointRouteBuilder app)
    {
        var series = app.MapGroup("/series").WithTags("Series").RequireViewer();
        series.MapGet("/", SeriesHandlers.Get).WithSummary("One indicator's series in one territory (history=true: every revision).");
        series.MapGet("/export.csv", SeriesHandlers.Csv).Produces(StatusCodes.Status200OK, contentType: "text/csv").WithSummary("The same as CSV.");
        series.MapPost("/values", SeriesHandlers.Record).Accepts<SeriesEntriesBody>("application/json").RequirePlanner()
            .WithSummary("Record values (all or nothing); a different value for a period held is a correction, a new revision.");
        app.MapPost("/imports/series", SeriesHandlers.Import).WithTags("Series").Accepts<IFormFile>("text/csv").RequirePlanner()
            .WithSummary("Import values from CSV (indicator,territory,period,value[,denominator,source,note]; ?source= names the source): all or nothing.");
        return series;
    }
}
