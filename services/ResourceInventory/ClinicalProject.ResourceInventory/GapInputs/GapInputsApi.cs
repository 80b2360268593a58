using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.ResourceInventory.GapInputs;

/// <summary>What gap analysis reads of the inventory in one call (handler: <see cref="GapInputsHandlers"/>).</summary>
public static class GapInputsApi
{
    public static RouteHandlerBuilder MapGapInputsApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/gap-inputs", GapInputsHandlers.Get).RequireViewer().WithTags("Gap analysis inputs")
            .WithSummary("Every active organisation, site, service, current capacity, agreement, corridor and clinical model in one answer, " +
                "with each one's version and a version of the whole (also its ETag).");
}
