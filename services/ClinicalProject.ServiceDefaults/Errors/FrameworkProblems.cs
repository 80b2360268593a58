using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ClinicalProject.ServiceDefaults.Errors;

/// <summary>
/// What the problems the framework writes itself (routing's 404, 405 and 415, authentication's 401 and 403, a
/// handler's bare NotFound) say: the framework gives them a title only, so the caller learned the status and
/// nothing else. A problem a service wrote with a detail keeps it.
/// </summary>
public static class FrameworkProblems
{
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!string.IsNullOrEmpty(problem.Detail))
        {
            return;
        }

        var request = context.HttpContext.Request;
        var target = $"{request.Method} {request.Path}";
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status400BadRequest => $"{target} could not be read: a path, query or body value does not have the form this endpoint expects.",
            StatusCodes.Status401Unauthorized => $"{target} needs a valid bearer token.",
            StatusCodes.Status403Forbidden => $"The token's roles do not allow {target}.",
            StatusCodes.Status404NotFound => $"Nothing answers at {target}: no such endpoint, or no resource with that id.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}.",
            StatusCodes.Status406NotAcceptable => $"{target} cannot answer in a media type the Accept header allows.",
            StatusCodes.Status415UnsupportedMediaType =>
                $"{target} does not accept a body of type '{(string.IsNullOrEmpty(request.ContentType) ? "(none)" : request.ContentType)}'.",
            _ => context.HttpContext.Features.Get<IHttpResponseFeature>()?.ReasonPhrase ?? problem.Title,
        };
    }

    /// <summary>
    /// Error bodies are problems: a handler that returns <c>NotFound(new ProblemDetails…)</c> or another
    /// ProblemDetails value through the JSON writer gets <c>application/json</c>; such an answer is relabelled
    /// <c>application/problem+json</c> (the fuzz tests check that every 4xx body of every service is a problem).
    /// </summary>
    public static void LabelErrorBodies(HttpContext context) =>
        context.Response.OnStarting(static state =>
        {
            var response = ((HttpContext)state).Response;
            if (response.StatusCode >= 400 && response.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
            {
                response.ContentType = "application/problem+json" + response.ContentType["application/json".Length..];
            }

            return Task.CompletedTask;
        }, context);
}
