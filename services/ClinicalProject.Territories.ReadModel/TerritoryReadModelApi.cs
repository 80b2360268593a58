using ClinicalProject.Territories.ReadModel.Queries;
using Microsoft.AspNetCore.Routing;

namespace ClinicalProject.Territories.ReadModel;

/// <summary>The territory queries every service other than population profiling answers from its own read model.</summary>
public static class TerritoryReadModelApi
{
    public static RouteGroupBuilder MapTerritoryReadModelApi(this IEndpointRouteBuilder endpoints) => endpoints.MapTerritoryQueries();
}
