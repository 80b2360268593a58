namespace ClinicalProject.Gateway.Security;

/// <summary>
/// Headers every answer of the gateway carries. The API answers are data, never pages: nothing may frame,
/// sniff or script them. The API reference page needs its own scripts and styles, so it gets a
/// content-security policy that allows what it serves from the gateway itself and nothing else. HSTS is
/// sent on HTTPS only (a TLS-terminating proxy in front should set it too).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    private const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-site";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ReferencePagePolicy : ApiPolicy;
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }

        // Backends' Server and X-Powered-By headers say nothing a caller needs.
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            response.Headers.Remove("Server");
            response.Headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
