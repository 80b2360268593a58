using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClinicalProject.ServiceDefaults.OpenApi;

/// <summary>
/// Declares the suite's one security scheme, a JWT bearer token whose <c>roles</c> claim the operations' requirements
/// name (<see cref="OperationConventions"/>), and the <c>ProblemDetails</c> schema the error answers refer to.
/// </summary>
internal sealed class SecurityDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "bearer";
    public const string ProblemSchemaName = nameof(ProblemDetails);

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token from the suite's identity provider; its roles claim (viewer, analyst, planner, admin) must satisfy "
                + "the roles an operation's security requirement lists. Admin satisfies every role; analyst and planner each satisfy viewer.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(ProblemSchemaName))
        {
            document.Components.Schemas[ProblemSchemaName] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        }
    }
}
