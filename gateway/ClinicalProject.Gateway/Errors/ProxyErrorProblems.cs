using ClinicalProject.Gateway.Limits;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;

namespace ClinicalProject.Gateway.Errors;

/// <summary>
/// Turns a failed forward into an RFC 7807 problem that says which service failed and how: 502 when the
/// service cannot be reached or breaks the connection, 400 when the caller's own body is malformed, 504 when it does not answer within the route's
/// time-out, 413 when a chunked body outgrows the route's limit. YARP sets the status; this writes the body.
/// </summary>
public static class ProxyErrorProblems
{
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        await next();
        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is null || context.Response.HasStarted)
        {
            return;
        }

        var service = context.GetReverseProxyFeature().Cluster?.Config.ClusterId ?? "the service";
        if (IsBodyTooLarge(error.Exception))
        {
            await RequestBodyLimit.TooLargeAsync(context, context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize);
            return;
        }

        // The route's time-out policy cancels the request, which YARP reports as a cancellation: hand it back to
        // the request time-outs middleware, whose policy writes the 504 problem (see GatewayTimeouts).
        var timeout = context.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken ?? default;
        timeout.ThrowIfCancellationRequested();
        var (status, title, detail) = error.Error switch
        {
            ForwarderError.RequestTimedOut => (StatusCodes.Status504GatewayTimeout, "Service timed out",
                $"The {service} service did not answer in time."),
            ForwarderError.NoAvailableDestinations => (StatusCodes.Status503ServiceUnavailable, "Service unavailable",
                $"No instance of the {service} service is available."),
            ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled => (0, "", ""),
            _ when context.RequestAborted.IsCancellationRequested => (0, "", ""),
            // Reading the caller's body failed (malformed chunking, a body shorter than its Content-Length): the
            // client's fault, not the service's, whichever side of the forward noticed first.
            _ when error.Error == ForwarderError.RequestBodyClient || BodyFault(error.Exception) is not null => (StatusCodes.Status400BadRequest,
                "The request body could not be read.",
                $"The request body was malformed or cut short ({BodyFault(error.Exception) ?? "the connection broke off"}); the {service} service did not get it whole."),
            _ => (StatusCodes.Status502BadGateway, "Service unreachable",
                $"The {service} service could not be reached or broke off its answer."),
        };
        if (status == 0)
        {
            return; // the client went away: nobody to tell
        }

        await WriteAsync(context, status, title, detail, service);
    }

    /// <summary>Writes the problem; not with RequestAborted, which a route's time-out has already cancelled.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, string service)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = status == StatusCodes.Status400BadRequest
                ? "https://tools.ietf.org/html/rfc9110#section-15.5.1"
                : $"https://tools.ietf.org/html/rfc9110#section-15.6.{(status == StatusCodes.Status504GatewayTimeout ? 5 : status == StatusCodes.Status503ServiceUnavailable ? 4 : 3)}",
            Extensions =
            {
                ["service"] = service,
                ["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
            },
        };
        await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", CancellationToken.None);
    }

    private static string? BodyFault(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException bad)
            {
                return bad.Message;
            }
        }

        return null;
    }

    private static bool IsBodyTooLarge(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }
}
