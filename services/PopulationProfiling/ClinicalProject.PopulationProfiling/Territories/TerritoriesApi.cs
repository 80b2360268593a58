using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.PopulationProfiling.Territories.Queries;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.PopulationProfiling.Territories;

/// <summary>The territory endpoints: hierarchy import and export, territory lists and details.</summary>
public static class TerritoriesApi
{
    public static IEndpointRouteBuilder MapTerritoriesApi(this IEndpointRouteBuilder app)
    {
        // Reading needs viewer; importing a hierarchy needs analyst.
        var territories = app.MapGroup("/territories").WithTags("Territories").RequireViewer();

        territories.MapGet("", TerritoryQueries.ListTerritories)
            .WithSummary("Territories of a hierarchy version (default: the latest), filtered and paged, sorted by code.");
        territories.MapGet("/hierarchies", TerritoryQueries.ListHierarchies)
            .WithSummary("Imported hierarchy versions, newest first.");
        territories.MapGet("/hierarchies/{version}", TerritoryQueries.ExportHierarchy)
            .WithSummary("A whole hierarchy version as JSON, streamed; the format the import accepts.");
        territories.MapPost("/hierarchies/{version}", TerritoryImportEndpoint.ImportHierarchy)
            .Accepts<TerritoryHierarchyDocument>("application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAnalyst()
            .WithSummary("Imports a hierarchy version from CSV or JSON: all rows or none, announced by TerritoryHierarchyImported.");
        territories.MapGet("/{code}", TerritoryQueries.GetTerritory)
            .WithSummary("One territory with its parent, children and ancestors.");

        return app;
    }
}
