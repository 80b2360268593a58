using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.ServiceDefaults.Authentication;

/// <summary>Adds the service's own bearer token (<see cref="ServiceTokenProvider"/>) to each request.</summary>
public sealed class ServiceTokenHandler(ServiceTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}

public static class ServiceTokenHttpClientExtensions
{
    /// <summary>Calls made with this client carry the calling service's own token (a viewer).</summary>
    public static IHttpClientBuilder AddServiceAuthentication(this IHttpClientBuilder builder)
    {
        builder.Services.AddTransient<ServiceTokenHandler>();
        return builder.AddHttpMessageHandler<ServiceTokenHandler>();
    }
}
