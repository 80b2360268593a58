using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.ServiceDefaults.OpenApi;

/// <summary>
/// Each service's OpenAPI document (<c>/openapi/v1.json</c>, also written at build time and committed under
/// docs/openapi/) with the suite's conventions: the bearer scheme and each operation's required role
/// (<see cref="SecurityDocumentTransformer"/>), an operation id, the 401/403 answers of secured operations, and error
/// answers described as the RFC 7807 problems they are (<see cref="OperationConventions"/>).
/// </summary>
public static class ServiceOpenApiExtensions
{
    public static IServiceCollection AddServiceOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<SecurityDocumentTransformer>();
            options.AddOperationTransformer<OperationConventions>();
        });

    /// <summary>The document needs no token: the gateway aggregates it, and the service port is internal.</summary>
    public static IEndpointConventionBuilder MapServiceOpenApi(this WebApplication app) => app.MapOpenApi().AllowAnonymous();
}
