using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.ServiceDefaults.Errors;
using ClinicalProject.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ClinicalProject.ServiceDefaults;

/// <summary>
/// What every service and the gateway share: telemetry, health probes, resilience on outgoing HTTP,
/// configuration-based service discovery, RFC 7807 problem responses (for uncaught exceptions and empty error
/// answers too: see <see cref="ProblemPipeline"/>), and JWT authentication with the role
/// policies (every endpoint needs a token unless it says otherwise; see <see cref="AuthenticationExtensions"/>).
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Health checks with this tag answer <c>/alive</c>; every check answers <c>/health</c>.</summary>
    public const string LiveTag = "live";

    /// <summary>MassTransit's activity source and meter, so bus traces join the HTTP ones.</summary>
    private const string MassTransitInstrumentationName = "MassTransit";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        OpenApiDocumentGeneration.UseDuring(builder);
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = FrameworkProblems.Describe);
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>(); // after the framework's: see ProblemJsonWriter
        // A path, query or body value that does not bind throws, so the problem names the parameter and the value
        // (ExceptionProblems); by default only Development does, and production answered an empty 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<ExceptionProblems>();
        builder.Services.AddSingleton<IDeveloperPageExceptionFilter, ExceptionProblems>();
        builder.Services.AddTransient<IStartupFilter, ProblemPipeline>();
        builder.AddDefaultAuthentication();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>
    /// Logs, metrics and traces go to the OpenTelemetry collector named by <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
    /// (the Aspire app host sets it for every resource). Without a collector nothing is collected: recording
    /// spans and metrics that no exporter reads costs every request CPU time for nothing. The W3C trace
    /// context still passes through (ASP.NET Core continues the caller's trace and HttpClient propagates it).
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MassTransitInstrumentationName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(MassTransitInstrumentationName)
                .AddAspNetCoreInstrumentation(options =>
                    // Probes would drown the useful traces.
                    options.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// <c>/health</c> is readiness: Degraded is not ready. MassTransit reports its bus Degraded, not Unhealthy,
    /// while the broker is down and it reconnects, and ASP.NET answers Degraded with 200 by default, so a service
    /// without its broker looked ready (issue 14, defect 8).
    /// </summary>
    public static Dictionary<HealthStatus, int> ReadinessStatusCodes() => new()
    {
        [HealthStatus.Healthy] = StatusCodes.Status200OK,
        [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
        [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
    };

    /// <summary>
    /// Maps <c>/alive</c> (the process answers) and <c>/health</c> (ready: database, broker and every other
    /// check) in every environment: orchestrators probe them in production too. The gateway does not route
    /// them, so they are reachable only on the service's own port; they need no token.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync, ResultStatusCodes = ReadinessStatusCodes() })
            .AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        return app;
    }

    private static bool IsProbe(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");
}
