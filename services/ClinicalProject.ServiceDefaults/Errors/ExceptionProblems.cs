using System.Diagnostics;
using ClinicalProject.ServiceDefaults.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ClinicalProject.ServiceDefaults.Errors;

/// <summary>
/// What an exception no endpoint caught becomes: an RFC 7807 problem that carries the trace id and never the
/// exception's text or stack (those go to the log, under the same trace id). A request the server could not
/// read (a malformed chunked body, a body cut short, one over the size limit) is the client's fault: it gets
/// the status Kestrel chose (400, 408, 413) rather than a 500.
/// </summary>
public sealed partial class ExceptionProblems(IProblemDetailsService problems, ILogger<ExceptionProblems> logger)
    : IExceptionHandler, IDeveloperPageExceptionFilter
{
    public const string UnexpectedType = ProblemTypes.UnexpectedError;
    public const string MalformedRequestType = ProblemTypes.MalformedRequest;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted)
        {
            return false; // too late for a problem: the middleware aborts the connection
        }

        return await WriteAsync(httpContext, exception);
    }

    /// <summary>Development answers as production does: the stack trace is in the log, not in the answer.</summary>
    public async Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next)
    {
        if (errorContext.HttpContext.Response.HasStarted || !await WriteAsync(errorContext.HttpContext, errorContext.Exception))
        {
            await next(errorContext);
        }
    }

    private async Task<bool> WriteAsync(HttpContext context, Exception exception)
    {
        // The id the problem writer puts in the body (ProblemDetailsDefaults): the W3C traceparent, else the request id.
        var traceId = Activity.Current?.Id ?? context.TraceIdentifier;
        ProblemDetails problem;
        if (Unreadable(exception) is { } bad)
        {
            LogUnreadable(logger, context.Request.Method, context.Request.Path.Value ?? "", bad.StatusCode, bad.Message, traceId);
            problem = new ProblemDetails
            {
                Status = bad.StatusCode,
                Type = MalformedRequestType,
                Title = "The request could not be read.",
                Detail = bad.Message,
            };
        }
        else if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return true; // the client went away: nobody to answer
        }
        else
        {
            LogUnexpected(logger, exception, context.Request.Method, context.Request.Path.Value ?? "", traceId);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Type = UnexpectedType,
                Title = "An unexpected error occurred.",
                Detail = "The service could not complete this request; nothing was changed by the failed step. Quote the trace id when reporting it.",
            };
        }

        problem.Extensions["traceId"] = traceId;
        context.Response.Clear();
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = null });
    }

    /// <summary>Kestrel's "bad request" (framing, size, time-out), however deep it was wrapped.</summary>
    private static BadHttpRequestException? Unreadable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException bad)
            {
                return bad;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}; trace {TraceId}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path, string traceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unreadable request {Method} {Path} answered {Status}: {Reason}; trace {TraceId}")]
    private static partial void LogUnreadable(ILogger logger, string method, string path, int status, string reason, string traceId);
}
