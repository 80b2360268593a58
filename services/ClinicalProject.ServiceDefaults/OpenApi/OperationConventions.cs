using System.Text;
using ClinicalProject.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClinicalProject.ServiceDefaults.OpenApi;

/// <summary>
/// What every operation of the suite's documents says, whatever its handler declares:
/// <list type="bullet">
/// <item>an operation id (its method and path, e.g. <c>getPlansByIdHistory</c>) unless the endpoint is named;</item>
/// <item>the bearer requirement with the role its policy requires (the default policy's: viewer for reads, admin
/// otherwise; see <see cref="DefaultAccessRequirement"/>), and its 401 and 403 answers, unless it allows anonymous callers;</item>
/// <item>its 4xx answers as <c>application/problem+json</c>: that is what they are on the wire (a ProblemDetails
/// result is written as one, and an empty error answer gets a problem body: see ServiceDefaults' ProblemPipeline),
/// where the generator wrote <c>application/json</c> or no content.</item>
/// </list>
/// </summary>
internal sealed class OperationConventions : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        operation.OperationId ??= OperationId(description.HttpMethod ?? "GET", description.RelativePath ?? "");
        operation.Responses ??= new OpenApiResponses();
        var metadata = description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            var roles = RequiredRoles(metadata.OfType<IAuthorizeData>().Select(a => a.Policy), description.HttpMethod);
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SecurityDocumentTransformer.SchemeName, context.Document)] = roles,
            });
            operation.Responses.TryAdd("401", Problem("No valid bearer token.", context));
            operation.Responses.TryAdd("403", Problem($"The token's roles do not satisfy {string.Join(" and ", roles)}.", context));
        }

        foreach (var (status, response) in operation.Responses.Where(r => r.Key.StartsWith('4')).ToList())
        {
            if (response.Content is null || response.Content.Count == 0)
            {
                operation.Responses[status] = Problem(response.Description ?? status, context);
            }
            else if (IsProblemDetails(description, status) && response.Content.Remove("application/json", out var media))
            {
                response.Content[ProblemJson] = media;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary><c>GET plans/{id:guid}/history</c> → <c>getPlansByIdHistory</c>; <c>GET access-scores.csv</c> → <c>getAccessScoresCsv</c>.</summary>
    internal static string OperationId(string method, string relativePath)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var part in relativePath.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = part;
            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                // {id:guid}, {**key}, {page=1}, {code?}: the parameter's name only.
                segment = part.Trim('{', '}').TrimStart('*').Split(':', '=')[0].TrimEnd('?');
                id.Append("By");
            }

            foreach (var word in segment.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                id.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
        }

        return id.ToString();
    }

    private static readonly char[] WordSeparators = ['{', '}', '*', '-', '.', '_', ':', '='];

    /// <summary>The roles the endpoint's policies require; a stricter policy than viewer implies viewer, so viewer is then left out.</summary>
    private static List<string> RequiredRoles(IEnumerable<string?> policies, string? method)
    {
        var named = policies.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 0)
        {
            named.Add(HttpMethods.IsGet(method ?? "") || HttpMethods.IsHead(method ?? "") ? ClinicalRoles.Viewer : ClinicalRoles.Admin);
        }

        if (named.Count > 1)
        {
            named.Remove(ClinicalRoles.Viewer);
        }

        return named;
    }

    private static bool IsProblemDetails(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription description, string status) =>
        description.SupportedResponseTypes.Any(r => r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == status
            && r.Type is not null && typeof(ProblemDetails).IsAssignableFrom(r.Type));

    private static OpenApiResponse Problem(string description, OpenApiOperationTransformerContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemJson] = new() { Schema = new OpenApiSchemaReference(SecurityDocumentTransformer.ProblemSchemaName, context.Document) },
        },
    };
}
