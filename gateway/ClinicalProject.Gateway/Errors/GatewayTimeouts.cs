using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Model;

namespace ClinicalProject.Gateway.Errors;

/// <summary>
/// The time-out policies the routes name (<c>Gateway:Timeouts</c>): when one elapses the forward is
/// cancelled and the caller gets a 504 problem naming the service.
/// </summary>
public static class GatewayTimeouts
{
    public static IServiceCollection AddGatewayTimeouts(this IServiceCollection services)
    {
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<GatewaySettings>>((options, settings) =>
        {
            foreach (var (name, timeout) in settings.Value.Timeouts)
            {
                options.AddPolicy(name, new RequestTimeoutPolicy
                {
                    Timeout = timeout,
                    TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                    WriteTimeoutResponse = WriteProblemAsync,
                });
            }
        });
        return services;
    }

    private static Task WriteProblemAsync(HttpContext context)
    {
        var service = context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Cluster?.ClusterId ?? "the";
        return ProxyErrorProblems.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "Service timed out",
            $"The {service} service did not answer within the route's time-out.", service);
    }
}
