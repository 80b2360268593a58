using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.PopulationProfiling.Territories.Queries;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Territories.ReadModel.Queries;

namespace ClinicalProject.PopulationProfiling.Territories;

/// <summary>
/// The territory endpoints: the queries every service answers (shared, over profiling's own tables), and the
/// owner's hierarchy import and export.
/// </summary>
public static class TerritoriesApi
{
    public static IServiceCollection AddTerritories(this IServiceCollection services) =>
        services.AddScoped<ITerritoryQuerySource, ProfilingTerritorySource>();

    public static IEndpointRouteBuilder MapTerritoriesApi(this IEndpointRouteBuilder app)
    {
        // Reading needs viewer; importing a hierarchy needs analyst.
        var territories = app.MapTerritoryQueries();
        territories.MapGet("/hierarchies/{version}", HierarchyExports.ExportHierarchy)
            .WithSummary("A whole hierarchy version as JSON, streamed; the format the import accepts.");
        territories.MapPost("/hierarchies/{version}", TerritoryImportEndpoint.ImportHierarchy)
            .Accepts<TerritoryHierarchyDocument>("application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAnalyst()
            .WithSummary("Imports a hierarchy version from CSV or JSON: all rows or none, announced by TerritoryHierarchyImported.");
        return app;
    }
}
