using Microsoft.AspNetCore.Builder;

namespace ClinicalProject.ServiceDefaults.Authentication;

/// <summary>
/// Role policies on endpoints or route groups, e.g. <c>app.MapGroup("/datasets").RequireViewer()</c> and
/// <c>imports.RequireAnalyst()</c>. An endpoint with none of them gets <see cref="DefaultAccessRequirement"/>.
/// </summary>
public static class EndpointAuthorizationExtensions
{
    public static TBuilder RequireViewer<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ClinicalRoles.Viewer);

    public static TBuilder RequireAnalyst<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ClinicalRoles.Analyst);

    public static TBuilder RequirePlanner<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ClinicalRoles.Planner);

    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ClinicalRoles.Admin);
}
