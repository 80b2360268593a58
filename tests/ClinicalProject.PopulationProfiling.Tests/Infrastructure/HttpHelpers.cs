using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>The 400 problem of the import, as a client reads it.</summary>
public sealed record ImportProblem(string Type, string Title, int Status, string Detail, int ErrorCount, List<ImportError> Errors);

public static class HttpHelpers
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string version, string csv) =>
        client.PostAsync($"/territories/hierarchies/{version}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string version, string json) =>
        client.PostAsync($"/territories/hierarchies/{version}", new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>(Json) ?? throw new InvalidOperationException("Empty body.");

    /// <summary>A fresh version label, so tests sharing a database never see each other's data.</summary>
    public static string NewVersion(string prefix = "t") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(32, prefix.Length + 13)];
}
