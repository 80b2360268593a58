using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ClinicalProject.LocalRun.Suite;

/// <summary>Loads the demo territories (Estrie; synthetic below the CLSC level) through the gateway.</summary>
public static class DemoData
{
    public const string TerritoriesVersion = "2021";

    public const string TerritoriesFile =
        "services/PopulationProfiling/ClinicalProject.PopulationProfiling/DemoData/estrie-territories.csv";

    /// <summary>
    /// Imports the demo hierarchy through the gateway (a re-run finds it already there) with an admin token,
    /// then waits until the three other services have it in their read models.
    /// </summary>
    public static async Task LoadTerritoriesAsync(
        Uri gateway, string adminToken, string repositoryRoot, TextWriter progress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        var csv = await File.ReadAllBytesAsync(Path.Combine(repositoryRoot, TerritoriesFile), cancellationToken);
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        using var response = await http.PostAsync($"api/profiling/territories/hierarchies/{TerritoriesVersion}", content, cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            throw new InvalidOperationException(
                $"Importing the demo territories answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        progress.WriteLine($"Demo territories (hierarchy {TerritoriesVersion}) imported into population profiling.");
        foreach (var service in SuiteComponent.Services.Where(s => s != SuiteComponent.Profiling))
        {
            await WaitForHierarchyAsync(http, SuiteComponent.GatewayPrefixes[service.Name], TerritoriesVersion, cancellationToken);
        }

        progress.WriteLine("Inventory, gap analysis and impact follow-up have received the territories.");
    }

    /// <summary>Loads the synthetic Estrie inventory through the gateway, once the inventory has the territories.</summary>
    public static async Task LoadInventoryAsync(
        Uri gateway, string plannerToken, string repositoryRoot, TextWriter progress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient
        {
            BaseAddress = new Uri(gateway, $"api/{SuiteComponent.GatewayPrefixes[SuiteComponent.Inventory.Name]}/"),
            Timeout = TimeSpan.FromSeconds(60),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", plannerToken);
        var created = await DemoInventory.LoadAsync(http, Path.Combine(repositoryRoot, DemoInventory.File), cancellationToken);
        progress.WriteLine(created == 0
            ? "Demo inventory already loaded."
            : $"Demo inventory (synthetic Estrie) loaded into resource inventory: {created} resources.");
    }

    /// <summary>
    /// Waits until <c>/api/{prefix}/territories/hierarchies</c> lists <paramref name="version"/>, asking the
    /// gateway not to answer from its cache (<c>Cache-Control: no-cache</c>).
    /// </summary>
    public static async Task WaitForHierarchyAsync(HttpClient gateway, string prefix, string version, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"api/{prefix}/territories/hierarchies");
            request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
            using (var response = await gateway.SendAsync(request, timeout.Token))
            {
                if (response.IsSuccessStatusCode)
                {
                    using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token));
                    if (document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.EnumerateArray()
                            .Any(h => h.TryGetProperty("version", out var v) && v.GetString() == version))
                    {
                        return;
                    }
                }
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"/api/{prefix} did not receive territory hierarchy {version} within 60 s.");
            }
        }
    }
}
