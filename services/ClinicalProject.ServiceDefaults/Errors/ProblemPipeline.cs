using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ClinicalProject.ServiceDefaults.Errors;

/// <summary>
/// Puts the exception handler and the status-code problems at the very front of every service's pipeline (and
/// the gateway's), before anything the service adds: an exception anywhere, or a 4xx/5xx a middleware answered
/// without a body (routing's 415, a framing 400, a 404), leaves as an RFC 7807 problem.
/// </summary>
internal sealed class ProblemPipeline : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, next) =>
        {
            FrameworkProblems.LabelErrorBodies(context);
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        next(app);
    };
}
