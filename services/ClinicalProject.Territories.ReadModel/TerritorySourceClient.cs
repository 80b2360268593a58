using System.Net.Http.Json;
using ClinicalProject.Territories.ReadModel.Queries;

namespace ClinicalProject.Territories.ReadModel;

/// <summary>
/// Fetches a hierarchy version from population profiling, the territories' owner (the claim check of
/// <c>TerritoryHierarchyImported</c>). Its address is <c>Territories:SourceUrl</c>, by default
/// <c>http://profiling</c>, resolved by service discovery (<c>services:profiling:http:0</c>).
/// </summary>
public sealed class TerritorySourceClient(HttpClient http)
{
    public async Task<PublishedHierarchyDto> GetHierarchyAsync(string version, CancellationToken cancellationToken)
    {
        var hierarchy = await http.GetFromJsonAsync<PublishedHierarchyDto>(
            $"territories/hierarchies/{Uri.EscapeDataString(version)}", cancellationToken);
        return hierarchy ?? throw new InvalidOperationException($"Population profiling returned no body for hierarchy {version}.");
    }
}
