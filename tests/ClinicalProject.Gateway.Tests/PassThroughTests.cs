using System.Diagnostics;
using System.Net.Http.Headers;
using ClinicalProject.Gateway.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Gateway.Tests;

/// <summary>What a service must learn from the gateway: who called, how, the trace, and the format wanted.</summary>
public sealed class PassThroughTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_service_receives_the_forwarded_headers()
    {
        using var client = fixture.Host.Client();
        using var response = await client.GetAsync("/api/v1/inventory/territories");
        var echo = await response.ReadEchoAsync();

        Assert.Equal("127.0.0.1", echo.Headers["X-Forwarded-For"]);
        Assert.Equal("http", echo.Headers["X-Forwarded-Proto"]);
        Assert.Equal(fixture.Host.Address.Authority, echo.Headers["X-Forwarded-Host"]);
    }

    [Fact]
    public async Task A_forged_forwarded_for_from_the_caller_is_not_passed_on()
    {
        using var client = fixture.Host.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/inventory/territories");
        request.Headers.Add("X-Forwarded-For", "10.66.66.66");
        using var response = await client.SendAsync(request);
        var echo = await response.ReadEchoAsync();

        Assert.Equal("127.0.0.1", echo.Headers["X-Forwarded-For"]);
    }

    [Fact]
    public async Task The_w3c_trace_context_continues_into_the_service()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var callerSpan = ActivitySpanId.CreateRandom().ToHexString();
        // Over a bare socket: this test process's own HTTP client tracing would replace our traceparent.
        var raw = await RawGetAsync(fixture.Host.Address, "/api/v1/profiling/territories",
            $"Authorization: {Testing.TestTokens.Bearer(ClinicalRoles.Viewer)}",
            $"traceparent: 00-{traceId}-{callerSpan}-01",
            "tracestate: planner=dashboard");
        var echo = System.Text.Json.JsonSerializer.Deserialize<StandInService.Echo>(raw[(raw.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..], Http.Json)!;

        var forwarded = echo.Headers["traceparent"].Split('-');
        Assert.Equal(traceId, forwarded[1]); // the same trace…
        Assert.NotEqual(callerSpan, forwarded[2]); // …continued by the gateway's own span
        Assert.Equal("planner=dashboard", echo.Headers["tracestate"]);
    }

    [Theory]
    [InlineData("text/csv", "text/csv", "code,name")]
    [InlineData("application/geo+json", "application/geo+json", "FeatureCollection")]
    [InlineData("application/json", "application/json", "Sherbrooke")]
    public async Task Content_negotiation_passes_through(string accept, string expectedType, string expectedText)
    {
        using var client = fixture.Host.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/profiling/negotiate");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await client.SendAsync(request);

        Assert.Equal(expectedType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expectedText, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accept_header_reaches_the_service_unchanged()
    {
        using var client = fixture.Host.Client(ClinicalRoles.Viewer);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/gaps/territories");
        request.Headers.TryAddWithoutValidation("Accept", "text/csv;q=0.9, application/geo+json");
        request.Headers.TryAddWithoutValidation("Accept-Language", "fr-CA");
        using var response = await client.SendAsync(request);
        var echo = await response.ReadEchoAsync();

        Assert.Equal("text/csv;q=0.9, application/geo+json", echo.Headers["Accept"]);
        Assert.Equal("fr-CA", echo.Headers["Accept-Language"]);
    }

    /// <summary>A GET written by hand on a TCP connection; the answer's text (headers and body).</summary>
    private static async Task<string> RawGetAsync(Uri address, string path, params string[] headers)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {path} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n" + string.Concat(headers.Select(h => h + "\r\n")) + "\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
