using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ClinicalProject.DemoLoader;

/// <summary>
/// The proximity case (SYNTHETIC, services/ImpactFollowUp/ClinicalProject.ImpactFollowUp/DemoData): territory traits,
/// the series before the intervention, the action plan, its start with the evaluation declared before any result,
/// then the series after it; every step is recognised by its content when it is already there.
/// </summary>
public sealed class DemoProximity(TextWriter progress)
{
    private static string File(string name) => Path.Combine(AppContext.BaseDirectory, "DemoData", "impact", name);

    /// <returns>The plan's id.</returns>
    public async Task<Guid> LoadAsync(HttpClient planner, CancellationToken cancellationToken)
    {
        await SendFileAsync(planner, HttpMethod.Put, "api/v1/impact/territory-traits", "proximity-traits.json", "application/json", cancellationToken);
        await SendFileAsync(planner, HttpMethod.Post, "api/v1/impact/imports/series", "proximity-series-before.csv", "text/csv", cancellationToken);

        using var create = new HttpRequestMessage(HttpMethod.Post, "api/v1/impact/plans") { Content = await ContentAsync("proximity-plan.json", "application/json", cancellationToken) };
        using var created = await planner.SendAsync(create, cancellationToken);
        var text = await created.Content.ReadAsStringAsync(cancellationToken);
        if (!created.IsSuccessStatusCode)
        {
            throw new DemoLoadException($"POST api/v1/impact/plans answered {(int)created.StatusCode}: {text}");
        }

        var plan = JsonNode.Parse(text)!;
        var id = plan["id"]!.GetValue<Guid>();
        using var start = new HttpRequestMessage(HttpMethod.Post, $"api/v1/impact/plans/{id}/status") { Content = await ContentAsync("proximity-start.json", "application/json", cancellationToken) };
        start.Headers.IfMatch.Add(created.Headers.ETag ?? throw new DemoLoadException("The impact plan came back without an ETag."));
        await DemoGateway.SendAsync(planner, start, cancellationToken, 200);
        await SendFileAsync(planner, HttpMethod.Post, "api/v1/impact/imports/series", "proximity-series-after.csv", "text/csv", cancellationToken);

        var results = await DemoGateway.GetFreshAsync(planner, $"api/v1/impact/plans/{id}/evaluation-results", cancellationToken);
        progress.WriteLine($"Proximity plan {id} (SYNTHETIC) loaded and evaluated: {results?["outcomes"]?.AsArray().Count ?? 0} outcomes.");
        return id;
    }

    private static async Task SendFileAsync(HttpClient client, HttpMethod method, string path, string file, string mediaType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = await ContentAsync(file, mediaType, cancellationToken) };
        await DemoGateway.SendAsync(client, request, cancellationToken, 200, 201);
    }

    private static async Task<HttpContent> ContentAsync(string file, string mediaType, CancellationToken cancellationToken)
    {
        var content = new StringContent(await System.IO.File.ReadAllTextAsync(File(file), cancellationToken), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return content;
    }
}
