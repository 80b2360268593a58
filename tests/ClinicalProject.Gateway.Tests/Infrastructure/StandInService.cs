using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace ClinicalProject.Gateway.Tests.Infrastructure;

/// <summary>
/// A small service on loopback that stands in for all four: it echoes what it received (method, path,
/// query, headers, body length) as JSON, and has a few paths for the gateway's edge cases.
/// </summary>
public sealed class StandInService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _counter;

    private StandInService(WebApplication app) => _app = app;

    public string Address => _app.Urls.Single();

    public static async Task<StandInService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new StandInService(app);
        app.MapGet("/slow", async (CancellationToken cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            return Results.Text("late");
        });
        app.MapGet("/counter", () => Results.Text(Interlocked.Increment(ref service._counter).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        app.MapGet("/private", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "private";
            return Results.Text(Interlocked.Increment(ref service._counter).ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        app.MapGet("/negotiate", (HttpContext context) => Negotiate(context.Request.Headers.Accept.ToString()));
        // Answers with addresses as the services write them: relative to the service's own root, or absolute
        // on its own host; ?to= picks the path.
        app.MapPost("/addressed", (HttpContext context, string? to) =>
        {
            var path = to ?? "/imports/42";
            context.Response.Headers.Link = $"<{path}>; rel=\"monitor\", <{context.Request.Scheme}://{context.Request.Host}{path}?page=2>; rel=\"next\"";
            return Results.Accepted(path, new { path });
        });
        app.MapGet("/openapi/v1.json", () => Results.Text(OpenApiDocument, "application/json"));
        app.Map("/{**rest}", EchoAsync);
        await app.StartAsync();
        return service;
    }

    /// <summary>The echo of a request, as the gateway's caller reads it.</summary>
    public sealed record Echo(string Method, string Path, string Query, Dictionary<string, string> Headers, long BodyLength);

    public const string OpenApiDocument = """
        {"openapi":"3.1.1","info":{"title":"stand-in","version":"1.0.0"},
         "paths":{"/territories":{"get":{"tags":["Territories"],"responses":{"200":{"description":"OK",
           "content":{"application/json":{"schema":{"$ref":"#/components/schemas/TerritoryPage"}}}}}}},
           "/health":{"get":{"responses":{"200":{"description":"OK"}}}}},
         "components":{"schemas":{"TerritoryPage":{"type":"object","properties":{"total":{"type":"integer"}}}}}}
        """;

    private static IResult Negotiate(string accept) =>
        accept.Contains("text/csv", StringComparison.Ordinal) ? Results.Text("code,name\n0515,Sherbrooke\n", "text/csv")
        : accept.Contains("application/geo+json", StringComparison.Ordinal)
            ? Results.Text("""{"type":"FeatureCollection","features":[]}""", "application/geo+json")
            : Results.Text("""[{"code":"0515","name":"Sherbrooke"}]""", "application/json");

    private static async Task EchoAsync(HttpContext context)
    {
        var length = 0L;
        var buffer = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            length += read;
        }

        var echo = new Echo(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            length);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(echo), Encoding.UTF8);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
