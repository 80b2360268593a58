using System.Net.Http.Headers;
using System.Text;
using ClinicalProject.PopulationProfiling.Datasets.Import;

namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>Dataset uploads and job polling, as a client does them.</summary>
public static class DatasetHttp
{
    public static Task<HttpResponseMessage> PostDatasetAsync(this HttpClient client, string kind, string version, string hierarchy, string csv, bool async = false) =>
        client.PostDatasetAsync(kind, version, hierarchy, new StringContent(csv, Encoding.UTF8, "text/csv"), async);

    public static Task<HttpResponseMessage> PostDatasetAsync(this HttpClient client, string kind, string version, string hierarchy, HttpContent content, bool async = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/datasets/{kind}/{version}?hierarchyVersion={hierarchy}") { Content = content };
        if (async)
        {
            request.Headers.Add("Prefer", "respond-async");
        }

        return client.SendAsync(request);
    }

    public static ByteArrayContent Parquet(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.apache.parquet");
        return content;
    }

    public static async Task<ImportJobDto> WaitForJobAsync(this HttpClient client, Uri location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var job = await (await client.GetAsync(location)).ReadAsync<ImportJobDto>();
            if (job.State is ImportJobState.Succeeded or ImportJobState.Failed || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>A hierarchy imported for one test.</summary>
    public static async Task<string> ImportSherbrookeAsync(this HttpClient client)
    {
        var version = HttpHelpers.NewVersion("h");
        var response = await client.PostCsvAsync(version, HierarchyFiles.Sherbrooke().ToCsv());
        response.EnsureSuccessStatusCode();
        return version;
    }
}
