using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.GapAnalysis.Gaps;

/// <summary>An analysis's ranked gaps and one with its explanation (handlers: <see cref="GapHandlers"/>).</summary>
public static class GapsApi
{
    public static RouteGroupBuilder MapGapsApi(this IEndpointRouteBuilder app)
    {
        var gaps = app.MapGroup("/gaps").WithTags("Gaps").RequireViewer();
        gaps.MapGet("", GapHandlers.List)
            .WithSummary("Ranked gaps of an analysis (analysis: id or 'latest'), by territory, program, type, rule and minPriority, paged.");
        gaps.MapGet("/{**key}", GapHandlers.Get).WithSummary("One gap (its key, e.g. accessibility/no-service-within-reach/8/0511) with its explanation.");
        return gaps;
    }
}
