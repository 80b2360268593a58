using Asp.Versioning;
using ClinicalProject.Gateway.Caching;
using ClinicalProject.Gateway.Errors;
using ClinicalProject.Gateway.Limits;
using ClinicalProject.Gateway.OpenApi;
using ClinicalProject.Gateway.Routing;
using ClinicalProject.Gateway.Security;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace ClinicalProject.Gateway;

/// <summary>The gateway's services and its request pipeline, in the order each check must run.</summary>
public static class GatewayExtensions
{
    public const string DashboardsCorsPolicy = "dashboards";

    /// <summary>The API versions the routes serve (<c>api-supported-versions</c>).</summary>
    public const string SupportedVersions = "1.0";

    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        // Settings are read from IOptions when first needed, so configuration added after this call counts.
        builder.Services.Configure<GatewaySettings>(builder.Configuration.GetSection(GatewaySettings.SectionName));

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Each route sets its own limit (RequestBodyLimit); the server-wide one would cap the import routes.
            kestrel.Limits.MaxRequestBodySize = null;
        });

        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(transforms =>
            {
                // Asp.Versioning reports versions through a convention YARP's endpoints cannot take: said here.
                transforms.AddResponseHeader("api-supported-versions", SupportedVersions, append: false, ResponseCondition.Always);
                // Location and Link as the client can follow them (before the ETag transform, which may send the body).
                var addresses = ActivatorUtilities.CreateInstance<ServiceAddressTransform>(transforms.Services);
                transforms.AddResponseTransform(addresses.ApplyAsync);
                // Last: it may send the body itself, after which no header can change.
                var etags = ActivatorUtilities.CreateInstance<ETagTransform>(transforms.Services);
                transforms.AddResponseTransform(etags.ApplyAsync);
            });

        builder.Services.AddApiVersioning(options =>
        {
            options.DefaultApiVersion = new ApiVersion(1, 0);
            options.ReportApiVersions = true;
            options.ApiVersionReader = new PathApiVersionReader();
        });

        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<GatewaySettings>>((cors, settings) => cors.AddPolicy(DashboardsCorsPolicy, policy => policy
            .WithOrigins(settings.Value.Cors.AllowedOrigins)
            .WithMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders(HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.AcceptLanguage,
                HeaderNames.IfNoneMatch, HeaderNames.CacheControl, "traceparent", "tracestate")
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter, HeaderNames.Location, HeaderNames.ContentDisposition, "api-supported-versions")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        builder.Services.AddGatewayRateLimiting();
        builder.Services.AddGatewayTimeouts();
        builder.Services.AddOutputCache(cache => cache.AddBasePolicy(policy => policy.AddPolicy<GatewayOutputCachePolicy>(), excludeDefaultPolicy: true));
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<GatewaySettings>>((cache, settings) =>
            cache.MaximumBodySize = settings.Value.OutputCache.MaxBodySize);

        builder.Services.AddHttpClient(OpenApiAggregator.ClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OpenApiAggregator>();
        return builder;
    }

    public static WebApplication UseGateway(this WebApplication app)
    {
        GatewayRoutes.Validate(app.Services.GetRequiredService<IProxyConfigProvider>().GetConfig().Routes);

        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ApiVersionRewrite>();
        app.UseMiddleware<InternalEndpointGuard>();
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter(); // after authentication: a caller is limited by its token's subject, else its address
        app.UseAuthorization();
        app.UseMiddleware<RequestBodyLimit>(); // after authorization: an anonymous upload is refused unread
        app.UseRequestTimeouts();
        if (app.Services.GetRequiredService<IOptions<GatewaySettings>>().Value.OutputCache.Expiration > TimeSpan.Zero)
        {
            app.UseOutputCache(); // after authorization: a cached answer is only served to a caller the route admits
        }

        return app;
    }

    /// <summary>The gateway's endpoints: the aggregated OpenAPI document with its reference page, and the proxied routes.</summary>
    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        app.MapGatewayApiReference();
        app.MapGatewayProxy();
        return app;
    }

    /// <summary>The routes of the <c>ReverseProxy</c> section, versioned (v1), with the gateway's proxy pipeline.</summary>
    private static WebApplication MapGatewayProxy(this WebApplication app)
    {
        // YARP's convention builder has no Finally(), which WithApiVersionSet needs: the routes get
        // Asp.Versioning's endpoint metadata directly, so its matcher policy selects them by version.
        var v1 = new ApiVersionModel(ApiVersionParser.Default.Parse(SupportedVersions));
        var metadata = new ApiVersionMetadata(v1, v1);
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(ProxyErrorProblems.InvokeAsync);
            proxy.Use(CacheEviction.InvokeAsync);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        }).Add(endpoint => endpoint.Metadata.Add(metadata));
        return app;
    }
}
