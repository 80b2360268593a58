using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Benchmarks.Profiling.ScaleOut;

/// <summary>
/// The synthetic Quebec-scale case loaded through the profiling service's own API, as an analyst loads it (the
/// hierarchy, the 30 indicators, the population and the events uploaded as CSV), and profile jobs started and
/// followed to a readable result.
/// </summary>
public sealed class ProfilingApi(Uri address, string signingKey) : IDisposable
{
    public const string Version = "bench";

    private readonly HttpClient _http = Client(address, signingKey);

    public static IReadOnlyList<string> Indicators { get; } =
        [.. Enumerable.Range(0, SyntheticQuebec.IndicatorCount).Select(SyntheticQuebec.Indicator)];

    public async Task LoadAsync(string dataDirectory, TextWriter progress, CancellationToken cancellationToken)
    {
        using (var hierarchy = Csv(Path.Combine(dataDirectory, "hierarchy.csv")))
        {
            await SendAsync(HttpMethod.Post, $"territories/hierarchies/{Version}", hierarchy, cancellationToken, HttpStatusCode.Created);
        }

        foreach (var code in Indicators)
        {
            var indicator = JsonContent.Create(new
            {
                nameFr = $"Indicateur synthétique {code}", nameEn = $"Synthetic indicator {code}", domain = "service-usage",
                measureType = "crude-rate", multiplier = 1000, polarity = "low-is-good",
                numeratorDefinition = "Synthetic events.", denominatorDefinition = "Synthetic population.",
            });
            await SendAsync(HttpMethod.Put, $"indicators/{code}", indicator, cancellationToken, HttpStatusCode.Created);
        }

        foreach (var (kind, file) in new[] { ("population", "population.csv"), ("events", "events.csv") })
        {
            using var content = Csv(Path.Combine(dataDirectory, file));
            using var request = new HttpRequestMessage(HttpMethod.Post, $"datasets/{kind}/{Version}?hierarchyVersion={Version}") { Content = content };
            request.Headers.Add("Prefer", "respond-async");
            var job = await SendAsync(request, cancellationToken, HttpStatusCode.Accepted);
            var id = job!["id"]!.GetValue<Guid>();
            await WaitForStateAsync($"imports/{id}", TimeSpan.FromMinutes(10), cancellationToken);
            progress.WriteLine($"Imported {file} through the API.");
        }
    }

    /// <summary>Starts a profile of <paramref name="indicators"/> from the events; returns the job's id.</summary>
    public async Task<Guid> StartProfileAsync(IReadOnlyList<string> indicators, CancellationToken cancellationToken)
    {
        var request = JsonContent.Create(new
        {
            populationDataset = Version,
            numeratorDatasets = new[] { new { kind = "events", version = Version } },
            indicators,
        });
        var job = await SendAsync(HttpMethod.Post, "profiles/jobs", request, cancellationToken, HttpStatusCode.Accepted);
        return job!["id"]!.GetValue<Guid>();
    }

    /// <summary>Polls the job until it succeeded, then reads one figure of the stored profile (the province's <paramref name="indicator"/>, first year).</summary>
    public async Task<double> WaitForProfileAsync(Guid job, string indicator, CancellationToken cancellationToken)
    {
        await WaitForStateAsync($"profiles/jobs/{job}", TimeSpan.FromMinutes(30), cancellationToken);
        var values = await SendAsync(HttpMethod.Get,
            $"profiles/{job}/values?indicator={indicator}&period={SyntheticQuebec.FirstYear}&territory=99", null, cancellationToken, HttpStatusCode.OK);
        return values?["items"]?.AsArray().FirstOrDefault()?["value"]?.GetValue<double>()
               ?? throw new InvalidOperationException($"Profile {job} has no province figure: {values?.ToJsonString()}");
    }

    public void Dispose() => _http.Dispose();

    private async Task WaitForStateAsync(string path, TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            var state = await SendAsync(HttpMethod.Get, path, null, cancellationToken, HttpStatusCode.OK);
            switch (state?["state"]?.GetValue<string>())
            {
                case "succeeded":
                    return;
                case "failed":
                    throw new InvalidOperationException($"{path} failed: {state.ToJsonString()}");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        throw new TimeoutException($"{path} did not succeed within {limit}.");
    }

    private Task<JsonNode?> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken, HttpStatusCode expected)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        return SendAsync(request, cancellationToken, expected);
    }

    private async Task<JsonNode?> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken, HttpStatusCode expected)
    {
        using (request)
        using (var response = await _http.SendAsync(request, cancellationToken))
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode != expected)
            {
                throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {body}");
            }

            return body.Length == 0 ? null : JsonNode.Parse(body);
        }
    }

    private static StreamContent Csv(string path)
    {
        var content = new StreamContent(File.OpenRead(path), 1 << 20);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return content;
    }

    private static HttpClient Client(Uri address, string signingKey)
    {
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.ForRole(ClinicalRoles.Admin, signingKey));
        return http;
    }

    /// <summary>How often a job is polled: the end of a profile is known within this, a small share of its time.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
}
