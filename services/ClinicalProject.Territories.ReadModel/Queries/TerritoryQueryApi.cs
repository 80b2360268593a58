using ClinicalProject.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ClinicalProject.Territories.ReadModel.Queries;

/// <summary>
/// The territory queries, one implementation for every service: population profiling answers them over its own
/// tables, the others over their read models (<see cref="ITerritoryQuerySource"/>). Same routes, same contract,
/// same paging (<see cref="Paging"/>): a client can ask any service.
/// </summary>
public static class TerritoryQueryApi
{
    /// <summary>The <c>/territories</c> group (viewer) with the queries; the owner adds its import and export to it.</summary>
    public static RouteGroupBuilder MapTerritoryQueries(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/territories").WithTags("Territories").RequireViewer();
        group.MapGet("", TerritoryQueryHandlers.ListTerritories)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Territories of a hierarchy version (default: the latest), filtered by level, parent and q (code prefix or name), paged, sorted by code.");
        group.MapGet("/hierarchies", TerritoryQueryHandlers.ListHierarchies)
            .WithSummary("The hierarchy versions this service holds, newest first.");
        group.MapGet("/{code}", TerritoryQueryHandlers.GetTerritory)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One territory with its parent, children and ancestors.");
        return group;
    }
}
