namespace ClinicalProject.Gateway;

public static class GatewayProxyExtensions
{
    /// <summary>
    /// YARP with its routes and clusters from the <c>ReverseProxy</c> section; destinations such as
    /// <c>http://profiling</c> are resolved by service discovery (<c>services:profiling:http:0</c>).
    /// </summary>
    public static WebApplicationBuilder AddGatewayProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }

    public static WebApplication MapGatewayProxy(this WebApplication app)
    {
        app.UseMiddleware<InternalEndpointGuard>();
        app.MapReverseProxy();
        return app;
    }
}
