using Scalar.AspNetCore;

namespace ClinicalProject.Gateway.OpenApi;

/// <summary>
/// <c>/openapi/v1.json</c>: the aggregated OpenAPI document of every service; <c>/scalar</c>: the API
/// reference page over it. Both are open to anonymous callers: they describe the API, they hold no data,
/// and a browser opening the page has no token yet (the page asks for one to try requests).
/// </summary>
public static class ApiReferenceExtensions
{
    public static WebApplication MapGatewayApiReference(this WebApplication app)
    {
        app.MapGet("/openapi/v1.json", async (OpenApiAggregator aggregator, CancellationToken cancellationToken) =>
                TypedResults.Text((await aggregator.GetAsync(cancellationToken)).ToJsonString(), "application/json"))
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapScalarApiReference("/scalar", options => options
                .WithTitle("ClinicalProject API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddPreferredSecuritySchemes(OpenApiMerger.BearerScheme))
            .AllowAnonymous();
        return app;
    }
}
