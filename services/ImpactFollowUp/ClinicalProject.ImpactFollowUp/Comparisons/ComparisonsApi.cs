using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.ImpactFollowUp.Comparisons;

/// <summary>What the service knows of territories to suggest comparisons. Reads need a viewer; writes a planner.</summary>
public static class ComparisonsApi
{
    public static RouteGroupBuilder MapComparisonsApi(this IEndpointRouteBuilder app)
    {
        var traits = app.MapGroup("/territory-traits").WithTags("Comparisons").RequireViewer();
        traits.MapGet("/", ComparisonHandlers.ListTraits).WithSummary("What the service knows of territories to suggest comparisons.");
        traits.MapPut("/", ComparisonHandlers.PutTraits).Accepts<TerritoryTraitsBody>("application/json").RequirePlanner()
            .WithSummary("Record territories' deprivation quintile and population (added or replaced; the same again changes nothing).");
        return traits;
    }
}
