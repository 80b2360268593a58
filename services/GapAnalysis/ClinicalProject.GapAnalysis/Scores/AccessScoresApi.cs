using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.GapAnalysis.Scores;

/// <summary>Access scores per program and territory as JSON, CSV and GeoJSON (handlers: <see cref="AccessScoreHandlers"/>).</summary>
public static class AccessScoresApi
{
    public static RouteGroupBuilder MapAccessScoresApi(this IEndpointRouteBuilder app)
    {
        var scores = app.MapGroup("").WithTags("Access scores").RequireViewer();
        const string Filters = "analysis (id or 'latest'), program, level (default the gap level; or the areas' level, e.g. da), territory.";
        scores.MapGet("/access-scores", AccessScoreHandlers.Json).WithSummary("Access scores per program and territory, paged.").WithDescription(Filters);
        scores.MapGet("/access-scores.csv", AccessScoreHandlers.Csv).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The same access scores as CSV, every row.").WithDescription(Filters);
        scores.MapGet("/access-scores.geojson", AccessScoreHandlers.GeoJson).Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .WithSummary("The same access scores as GeoJSON points at the territories' population-weighted centroids.").WithDescription(Filters);
        return scores;
    }
}
