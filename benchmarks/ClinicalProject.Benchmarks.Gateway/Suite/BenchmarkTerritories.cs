using System.Net.Http.Headers;
using System.Text.Json;

namespace ClinicalProject.Benchmarks.Gateway.Suite;

/// <summary>
/// Gives the benchmarked GET something to answer: the demo territories imported into population profiling through
/// the gateway, waited for in the inventory's read model.
/// </summary>
public static class BenchmarkTerritories
{
    public const string Version = "2021";
    public const string File = "services/PopulationProfiling/ClinicalProject.PopulationProfiling/DemoData/estrie-territories.csv";

    public static async Task LoadAsync(Uri gateway, string adminToken, string repositoryRoot, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        using var content = new ByteArrayContent(await System.IO.File.ReadAllBytesAsync(Path.Combine(repositoryRoot, File), cancellationToken));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        using (var response = await http.PostAsync($"api/v1/profiling/territories/hierarchies/{Version}", content, cancellationToken))
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Importing the territories answered {(int)response.StatusCode}.");
            }
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/inventory/territories/hierarchies");
            request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                using var listing = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                if (listing.RootElement.EnumerateArray().Any(h => h.GetProperty("version").GetString() == Version))
                {
                    return;
                }
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"The inventory did not receive territories {Version} within 60 s.");
    }
}
