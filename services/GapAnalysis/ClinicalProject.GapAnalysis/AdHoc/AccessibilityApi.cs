using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.GapAnalysis.AdHoc;

/// <summary>Ad-hoc accessibility of what the request sends (handler: <see cref="AccessibilityHandlers"/>); nothing stored.</summary>
public static class AccessibilityApi
{
    public static RouteGroupBuilder MapAccessibilityApi(this IEndpointRouteBuilder app)
    {
        var accessibility = app.MapGroup("/accessibility").WithTags("Ad-hoc accessibility").RequireViewer();
        accessibility.MapPost("", AccessibilityHandlers.Compute).RequirePlanner()
            .Accepts<AdHocRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Accessibility of the demand, supply and costs sent, with the stored analyses' parameters by default; nothing stored.");
        return accessibility;
    }
}
