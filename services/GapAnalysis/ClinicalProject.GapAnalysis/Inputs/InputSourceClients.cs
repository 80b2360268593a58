using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicalProject.GapAnalysis.Inputs;

/// <summary>
/// Reads population profiling's bulk gap inputs (claim check of <c>PopulationProfileComputed</c>) with the
/// service's own viewer token; base address <c>GapAnalysis:ProfilingUrl</c> (service discovery: <c>profiling</c>).
/// </summary>
public sealed class ProfilingSourceClient(HttpClient http)
{
    /// <summary>The profile's inputs, or null when profiling has no computed profile yet.</summary>
    public async Task<ProfileInputs?> GetAsync(string profile, IReadOnlyList<string> indicators, string ratesLevel, string? projection, int? projectedPeriod,
        CancellationToken cancellationToken)
    {
        var query = new List<string> { $"rates={Uri.EscapeDataString(ratesLevel)}" };
        query.AddRange(indicators.Select(i => $"indicator={Uri.EscapeDataString(i)}"));
        if (projection is not null && projectedPeriod is { } period)
        {
            query.Add($"projection={Uri.EscapeDataString(projection)}");
            query.Add($"projectedPeriod={period}");
        }

        using var response = await http.GetAsync($"profiles/{Uri.EscapeDataString(profile)}/gap-inputs?{string.Join('&', query)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            throw new InputRefusedException($"Population profiling refused the gap-inputs query: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ProfileInputs>(InputJson.Options, cancellationToken)
               ?? throw new InvalidOperationException("Population profiling returned no gap inputs.");
    }
}

/// <summary>Reads the inventory's bulk snapshot (claim check of <c>ResourceInventoryChanged</c>); base address <c>GapAnalysis:InventoryUrl</c>.</summary>
public sealed class InventorySourceClient(HttpClient http)
{
    public async Task<InventoryInputs> GetAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<InventoryInputs>("gap-inputs", InputJson.Options, cancellationToken)
        ?? throw new InvalidOperationException("The inventory returned no snapshot.");
}

/// <summary>The source refused the query (a configured indicator or projection it does not hold).</summary>
public sealed class InputRefusedException(string message) : Exception(message);

internal static class InputJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
